package io.portico.persistence.shared;

import static io.portico.persistence.jooq.Tables.FIRM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.shared.port.out.Transactions;
import java.time.Instant;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmptyDatabase.class)
class SpringTransactionsTest {

    private final DSLContext dsl = TestPostgres.get().dsl();
    private final Transactions transactions = TestPostgres.get().transactions();

    @Test
    void work_is_committed_and_its_result_returned() {
        String result = transactions.inTransaction(() -> {
            insertFirm();
            return "done";
        });
        assertThat(result).isEqualTo("done");
        assertThat(dsl.fetchCount(FIRM)).isEqualTo(1);
    }

    @Test
    void a_runtime_exception_rolls_everything_back_and_reaches_the_caller_unchanged() {
        var failure = new IllegalArgumentException("refused");
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            insertFirm();
            throw failure;
        })).isSameAs(failure);
        assertThat(dsl.fetchCount(FIRM)).isZero();
    }

    @Test
    void work_inside_a_transaction_joins_it() {
        var failure = new IllegalStateException("outer work failed");
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            transactions.inTransaction(this::insertFirm);
            throw failure;
        })).isSameAs(failure);
        assertThat(dsl.fetchCount(FIRM)).isZero();
    }

    private void insertFirm() {
        dsl.insertInto(FIRM).set(FIRM.ID, UUID.randomUUID()).set(FIRM.NAME, "Studio").set(FIRM.CREATED_AT, Instant.now()).execute();
    }
}
