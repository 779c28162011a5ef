package io.portico.persistence.firm;

import static io.portico.persistence.jooq.Tables.FIRM;
import static io.portico.persistence.shared.Concurrently.arriveAndAwait;
import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.firm.FirmPortContract;
import io.portico.application.firm.port.out.FirmPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.firm.Firm;
import io.portico.domain.firm.FirmAlreadySetUpException;
import io.portico.domain.firm.FirmId;
import io.portico.domain.firm.FirmName;
import io.portico.persistence.shared.Concurrently;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmptyDatabase.class)
class JooqFirmAdapterTest extends FirmPortContract {

    private final TestPostgres postgres = TestPostgres.get();
    private final FirmPort firms = new JooqFirmAdapter(postgres.dsl());
    private final Transactions transactions = postgres.transactions();

    @Override
    protected FirmPort firms() {
        return firms;
    }

    @Test
    void G1_of_two_setups_racing_exactly_one_creates_the_firm() throws Exception {
        var bothSawNoFirm = new CountDownLatch(2);
        Callable<Boolean> setUp = () -> {
            try {
                transactions.inTransaction(() -> {
                    assertThat(firms.load()).isEmpty();
                    arriveAndAwait(bothSawNoFirm); // both checked before either creates
                    firms.create(new Firm(FirmId.random(), new FirmName("Studio"), Instant.now()));
                });
                return true;
            } catch (FirmAlreadySetUpException e) {
                return false;
            }
        };

        assertThat(Concurrently.run(setUp, setUp)).containsExactlyInAnyOrder(true, false);
        assertThat(postgres.dsl().fetchCount(FIRM)).isEqualTo(1);
    }
}
