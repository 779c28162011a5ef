package io.portico.persistence.audit;

import static io.portico.persistence.jooq.Tables.ACCESS_AUDIT;
import static org.jooq.impl.DSL.val;

import io.portico.application.audit.port.out.AccessAuditPort;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.access.Actor;
import io.portico.domain.account.access.HistoryEntry;
import io.portico.domain.account.access.HistoryType;
import io.portico.domain.staff.StaffId;
import io.portico.persistence.jooq.tables.records.AccessAuditRecord;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Append-only: entries are inserted and read, never changed. An entry is its type and parameters, no sentence. */
@Repository
class JooqAccessAuditAdapter implements AccessAuditPort {

    private final DSLContext dsl;

    JooqAccessAuditAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void record(HistoryEntry entry) {
        dsl.insertInto(ACCESS_AUDIT)
                .set(ACCESS_AUDIT.ACCOUNT_ID, entry.account().value())
                .set(ACCESS_AUDIT.CHANGED_BY, entry.by().staff().map(StaffId::value).orElse(null))
                .set(ACCESS_AUDIT.JOB_ID, entry.by().job().orElse(null))
                .set(ACCESS_AUDIT.CHANGED_AT, entry.at())
                .set(ACCESS_AUDIT.EVENT_TYPE, entry.type().name())
                .set(ACCESS_AUDIT.SUBJECT, entry.subject())
                .set(ACCESS_AUDIT.OLD_VALUE, entry.oldValue())
                .set(ACCESS_AUDIT.NEW_VALUE, entry.newValue())
                .execute();
    }

    /** E3: a bulk edit's entries in one statement, from arrays, in their order (the identity orders them). */
    @Override
    public void recordAll(List<HistoryEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        dsl.execute("""
                insert into access_audit (account_id, changed_by, job_id, changed_at, event_type, subject, old_value, new_value)
                select a, b, j, t::timestamptz, e, s, o, n
                from unnest({0}::uuid[], {1}::uuid[], {2}::uuid[], {3}::text[], {4}::text[], {5}::text[], {6}::text[], {7}::text[])
                     with ordinality as x(a, b, j, t, e, s, o, n, position)
                order by position""",
                val(entries.stream().map(e -> e.account().value()).toArray(UUID[]::new)),
                val(entries.stream().map(e -> e.by().staff().map(StaffId::value).orElse(null)).toArray(UUID[]::new)),
                val(entries.stream().map(e -> e.by().job().orElse(null)).toArray(UUID[]::new)),
                val(entries.stream().map(e -> e.at().toString()).toArray(String[]::new)),
                val(entries.stream().map(e -> e.type().name()).toArray(String[]::new)),
                val(entries.stream().map(HistoryEntry::subject).toArray(String[]::new)),
                val(entries.stream().map(HistoryEntry::oldValue).toArray(String[]::new)),
                val(entries.stream().map(HistoryEntry::newValue).toArray(String[]::new)));
    }

    /** Newest first; of entries at the same instant, the one recorded last first. */
    @Override
    public List<HistoryEntry> history(AccountId account, int limit) {
        return dsl.selectFrom(ACCESS_AUDIT)
                .where(ACCESS_AUDIT.ACCOUNT_ID.eq(account.value()))
                .orderBy(ACCESS_AUDIT.CHANGED_AT.desc(), ACCESS_AUDIT.ID.desc())
                .limit(limit)
                .fetch(JooqAccessAuditAdapter::toEntry);
    }

    private static HistoryEntry toEntry(AccessAuditRecord row) {
        var by = new Actor(Optional.ofNullable(row.getChangedBy()).map(StaffId::new), Optional.ofNullable(row.getJobId()));
        return new HistoryEntry(new AccountId(row.getAccountId()), by, row.getChangedAt(), HistoryType.valueOf(row.getEventType()),
                row.getSubject(), row.getOldValue(), row.getNewValue());
    }
}
