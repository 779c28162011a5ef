package io.portico.persistence.erasure;

import static io.portico.persistence.jooq.Tables.ACCOUNT;

import io.portico.application.erasure.port.ErasureCounts;
import io.portico.application.erasure.port.out.ErasePort;
import io.portico.application.erasure.port.out.ErasureScopePort;
import io.portico.domain.account.AccountId;
import io.portico.domain.contact.ContactId;
import io.portico.domain.staff.StaffId;
import java.time.Instant;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Issue 14, item 2: erasure in one transaction of set-based statements; see {@link ErasureScope} and {@link Eraser}. */
@Repository
class JooqErasureAdapter implements ErasureScopePort, ErasePort {

    private final DSLContext dsl;

    JooqErasureAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public ErasureCounts ofAccount(AccountId account) {
        return ErasureScope.ofAccount(dsl, account.value()).counts(dsl);
    }

    @Override
    public ErasureCounts ofContact(ContactId contact) {
        return ErasureScope.ofContact(dsl, contact.value()).counts(dsl);
    }

    @Override
    public void holdAccount(AccountId account) {
        dsl.selectOne().from(ACCOUNT).where(ACCOUNT.ID.eq(account.value())).forUpdate().fetch();
    }

    @Override
    public ErasureCounts eraseAccount(AccountId account, StaffId by, Instant at) {
        return erasing(tx -> ErasureScope.ofAccount(tx, account.value()), by, at);
    }

    @Override
    public ErasureCounts eraseContact(ContactId contact, StaffId by, Instant at) {
        return erasing(tx -> ErasureScope.ofContact(tx, contact.value()), by, at);
    }

    /** All of it or nothing: the adapter's own transaction joins the caller's when there is one. */
    private ErasureCounts erasing(Function<DSLContext, ErasureScope> scopeOf, StaffId by, Instant at) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            ErasureScope scope = scopeOf.apply(tx);
            ErasureCounts counts = scope.counts(tx);
            new Eraser(tx, scope).run(by.value(), at);
            return counts;
        });
    }
}
