package io.portico.persistence.audit;

import static io.portico.persistence.jooq.Tables.ACCESS_AUDIT;

import io.portico.application.audit.port.in.AccessChange;
import io.portico.application.audit.port.out.AccessAuditPort;
import io.portico.domain.account.AccountId;
import io.portico.domain.staff.StaffId;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Append-only: entries are inserted and read, never changed. */
@Repository
class JooqAccessAuditAdapter implements AccessAuditPort {

    private final DSLContext dsl;

    JooqAccessAuditAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void record(AccessChange change) {
        dsl.insertInto(ACCESS_AUDIT)
                .set(ACCESS_AUDIT.ACCOUNT_ID, change.account().value())
                .set(ACCESS_AUDIT.CHANGED_BY, change.by().map(StaffId::value).orElse(null))
                .set(ACCESS_AUDIT.CHANGED_AT, change.at())
                .set(ACCESS_AUDIT.WHAT, change.what())
                .set(ACCESS_AUDIT.OLD_VALUE, change.oldValue())
                .set(ACCESS_AUDIT.NEW_VALUE, change.newValue())
                .execute();
    }

    /** Newest first; of entries at the same instant, the one recorded last first. */
    @Override
    public List<AccessChange> history(AccountId account, int limit) {
        return dsl.selectFrom(ACCESS_AUDIT)
                .where(ACCESS_AUDIT.ACCOUNT_ID.eq(account.value()))
                .orderBy(ACCESS_AUDIT.CHANGED_AT.desc(), ACCESS_AUDIT.ID.desc())
                .limit(limit)
                .fetch(row -> new AccessChange(new AccountId(row.getAccountId()), Optional.ofNullable(row.getChangedBy()).map(StaffId::new),
                        row.getChangedAt(), row.getWhat(), row.getOldValue(), row.getNewValue()));
    }
}
