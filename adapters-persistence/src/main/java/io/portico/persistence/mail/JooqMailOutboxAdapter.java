package io.portico.persistence.mail;

import static io.portico.persistence.jooq.Tables.MAIL_OUTBOX;

import io.portico.application.mail.port.UndeliverableMail;
import io.portico.application.mail.port.out.MailOutboxPort;
import io.portico.application.mail.port.out.OutgoingMail;
import io.portico.application.mail.port.out.QueuedMail;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * The outbox table. Statements run on the caller's transaction, if any (Spring Boot gives jOOQ a
 * transaction-aware data source): a mail is only ever claimable once the change that queued it commits.
 */
@Repository
class JooqMailOutboxAdapter implements MailOutboxPort {

    private final DSLContext dsl;

    JooqMailOutboxAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public UUID enqueue(OutgoingMail mail, Instant now) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.ID, id)
                .set(MAIL_OUTBOX.RECIPIENT, mail.to().value())
                .set(MAIL_OUTBOX.SUBJECT, mail.subject())
                .set(MAIL_OUTBOX.HTML_BODY, mail.htmlBody())
                .set(MAIL_OUTBOX.TEXT_BODY, mail.textBody())
                .set(MAIL_OUTBOX.STATUS, MailStatus.PENDING.name())
                .set(MAIL_OUTBOX.FAILED_ATTEMPTS, 0)
                .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, now)
                .set(MAIL_OUTBOX.QUEUED_AT, now)
                .execute();
        return id;
    }

    /**
     * The rows stay locked until the caller's transaction ends; rows locked by another dispatcher
     * (another thread or node) are skipped rather than waited for, so each mail goes to one dispatcher.
     */
    @Override
    public List<QueuedMail> claimDue(Instant now, int limit) {
        return dsl.selectFrom(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.STATUS.eq(MailStatus.PENDING.name()))
                .and(MAIL_OUTBOX.NEXT_ATTEMPT_AT.le(now))
                .orderBy(MAIL_OUTBOX.NEXT_ATTEMPT_AT, MAIL_OUTBOX.QUEUED_AT)
                .limit(limit)
                .forUpdate()
                .skipLocked()
                .fetch(MailOutboxMapper::toQueued);
    }

    @Override
    public void markSent(UUID id, Instant now) {
        markSent(List.of(id), now);
    }

    @Override
    public void markSent(Collection<UUID> ids, Instant now) {
        dsl.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.STATUS, MailStatus.SENT.name())
                .set(MAIL_OUTBOX.SENT_AT, now)
                .setNull(MAIL_OUTBOX.HTML_BODY)
                .setNull(MAIL_OUTBOX.TEXT_BODY)
                .where(MAIL_OUTBOX.ID.in(ids))
                .execute();
    }

    @Override
    public void markFailed(UUID id, int failedAttempts, Instant nextAttemptAt, String error) {
        dsl.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.FAILED_ATTEMPTS, failedAttempts)
                .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, nextAttemptAt)
                .set(MAIL_OUTBOX.LAST_ERROR, error)
                .where(MAIL_OUTBOX.ID.eq(id))
                .execute();
    }

    @Override
    public void markDead(UUID id, int failedAttempts, String error) {
        dsl.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.STATUS, MailStatus.DEAD.name())
                .set(MAIL_OUTBOX.FAILED_ATTEMPTS, failedAttempts)
                .set(MAIL_OUTBOX.LAST_ERROR, error)
                .where(MAIL_OUTBOX.ID.eq(id))
                .execute();
    }

    @Override
    public List<UndeliverableMail> undeliverable(int limit) {
        return dsl.selectFrom(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.STATUS.eq(MailStatus.DEAD.name()))
                .orderBy(MAIL_OUTBOX.QUEUED_AT.desc())
                .limit(limit)
                .fetch(row -> new UndeliverableMail(row.getId(), row.getRecipient(), row.getSubject(),
                        row.getFailedAttempts(), row.getLastError(), row.getQueuedAt()));
    }

    @Override
    public int deleteSentBefore(Instant before) {
        return dsl.deleteFrom(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.STATUS.eq(MailStatus.SENT.name()))
                .and(MAIL_OUTBOX.SENT_AT.lt(before))
                .execute();
    }
}
