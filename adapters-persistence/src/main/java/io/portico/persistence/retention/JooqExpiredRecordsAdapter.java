package io.portico.persistence.retention;

import static io.portico.persistence.jooq.Tables.ACCESS_AUDIT;
import static io.portico.persistence.jooq.Tables.ACCOUNT_CUSTOM_VALUE_HISTORY;
import static io.portico.persistence.jooq.Tables.ATTEMPT_COUNTER;
import static io.portico.persistence.jooq.Tables.JOB;
import static io.portico.persistence.jooq.Tables.MAIL_FILE;
import static io.portico.persistence.jooq.Tables.MAIL_OUTBOX;
import static io.portico.persistence.jooq.Tables.MAIL_OUTBOX_ATTACHMENT;
import static io.portico.persistence.jooq.Tables.PORTAL_USER;
import static io.portico.persistence.jooq.Tables.STAFF;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;

import io.portico.application.retention.port.out.ExpiredRecordsPort;
import java.time.Instant;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Issue 14, item 4: each call one bounded, set-based statement per table, oldest first by the indexes on the
 * times (V57; V29 for sent mail, V24 for throttling counters). Within a kind, a table is only asked for what the
 * tables before it left of the batch.
 */
@Repository
class JooqExpiredRecordsAdapter implements ExpiredRecordsPort {

    private final DSLContext dsl;

    JooqExpiredRecordsAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public int deleteBefore(Kind kind, Instant cutoff, int max) {
        return switch (kind) {
            case HISTORY -> history(cutoff, max);
            case SENT_MAIL -> sentMail(cutoff, max);
            case LOGIN_ACTIVITY -> loginActivity(cutoff, max);
            case JOB_REPORTS -> dsl.deleteFrom(JOB)
                    .where(JOB.ID.in(select(JOB.ID).from(JOB)
                            .where(JOB.STATE.in("DONE", "FAILED")).and(JOB.FINISHED_AT.lt(cutoff))
                            .orderBy(JOB.FINISHED_AT).limit(max)))
                    .execute();
        };
    }

    private int history(Instant cutoff, int max) {
        int audit = dsl.deleteFrom(ACCESS_AUDIT)
                .where(ACCESS_AUDIT.ID.in(select(ACCESS_AUDIT.ID).from(ACCESS_AUDIT)
                        .where(ACCESS_AUDIT.CHANGED_AT.lt(cutoff)).orderBy(ACCESS_AUDIT.CHANGED_AT).limit(max)))
                .execute();
        if (audit == max) {
            return audit;
        }
        return audit + dsl.deleteFrom(ACCOUNT_CUSTOM_VALUE_HISTORY)
                .where(ACCOUNT_CUSTOM_VALUE_HISTORY.ID.in(select(ACCOUNT_CUSTOM_VALUE_HISTORY.ID).from(ACCOUNT_CUSTOM_VALUE_HISTORY)
                        .where(ACCOUNT_CUSTOM_VALUE_HISTORY.CHANGED_AT.lt(cutoff)).orderBy(ACCOUNT_CUSTOM_VALUE_HISTORY.CHANGED_AT)
                        .limit(max - audit)))
                .execute();
    }

    /** Sent rows, then the attachment files no row refers to any more (as the outbox's own purge did). */
    private int sentMail(Instant cutoff, int max) {
        int deleted = dsl.deleteFrom(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.ID.in(select(MAIL_OUTBOX.ID).from(MAIL_OUTBOX)
                        .where(MAIL_OUTBOX.STATUS.eq("SENT")).and(MAIL_OUTBOX.SENT_AT.lt(cutoff))
                        .orderBy(MAIL_OUTBOX.SENT_AT).limit(max)))
                .execute();
        if (deleted > 0) {
            dsl.deleteFrom(MAIL_FILE)
                    .whereNotExists(selectOne().from(MAIL_OUTBOX_ATTACHMENT).where(MAIL_OUTBOX_ATTACHMENT.SHA256.eq(MAIL_FILE.SHA256)))
                    .execute();
        }
        return deleted;
    }

    /** Last sign-in times are cleared (the person stays); idle throttling counters go. */
    private int loginActivity(Instant cutoff, int max) {
        int staff = dsl.update(STAFF).setNull(STAFF.LAST_SIGN_IN_AT)
                .where(STAFF.ID.in(select(STAFF.ID).from(STAFF).where(STAFF.LAST_SIGN_IN_AT.lt(cutoff)).limit(max)))
                .execute();
        int portal = staff == max ? 0 : dsl.update(PORTAL_USER).setNull(PORTAL_USER.LAST_LOGIN_AT)
                .where(PORTAL_USER.ID.in(select(PORTAL_USER.ID).from(PORTAL_USER)
                        .where(PORTAL_USER.LAST_LOGIN_AT.lt(cutoff)).limit(max - staff)))
                .execute();
        int left = max - staff - portal;
        int counters = left == 0 ? 0 : dsl.deleteFrom(ATTEMPT_COUNTER)
                .where(row(ATTEMPT_COUNTER.KIND, ATTEMPT_COUNTER.SUBJECT).in(select(ATTEMPT_COUNTER.KIND, ATTEMPT_COUNTER.SUBJECT)
                        .from(ATTEMPT_COUNTER).where(ATTEMPT_COUNTER.LAST_ATTEMPT_AT.lt(cutoff)).limit(left)))
                .execute();
        return staff + portal + counters;
    }
}
