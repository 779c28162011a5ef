package io.portico.persistence.mail;

import static io.portico.persistence.jooq.Tables.MAIL_OUTBOX;
import static org.jooq.impl.DSL.val;

import io.portico.application.mail.port.UndeliverableMail;
import io.portico.application.mail.port.out.MailOutboxPort;
import io.portico.application.mail.port.out.OutgoingMail;
import io.portico.application.mail.port.out.QueuedMail;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

/**
 * The outbox table. Statements run on the caller's transaction, if any (Spring Boot gives jOOQ a
 * transaction-aware data source): a mail is only ever claimable once the change that queued it commits.
 */
@Repository
class JooqMailOutboxAdapter implements MailOutboxPort {

    private static final int BATCH = 5000;

    private static final String ENQUEUE_ALL = """
            insert into mail_outbox (id, recipient, subject, html_body, text_body, status, failed_attempts, next_attempt_at, queued_at)
            select m.id, m.recipient, m.subject, m.html_body, m.text_body, 'PENDING', 0, {5}, {5}
            from unnest({0}, {1}, {2}, {3}, {4}) as m(id, recipient, subject, html_body, text_body)""";

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
     * The mails as columns of arrays, unnested by one statement per {@value #BATCH} mails: a bulk email's thousands of
     * rows in a few round trips, without a bind variable per value (issue 11, Speed).
     */
    @Override
    public List<UUID> enqueueAll(List<OutgoingMail> mails, Instant now) {
        List<UUID> ids = mails.stream().map(mail -> UUID.randomUUID()).toList();
        for (int from = 0; from < mails.size(); from += BATCH) {
            List<OutgoingMail> batch = mails.subList(from, Math.min(from + BATCH, mails.size()));
            dsl.execute(ENQUEUE_ALL,
                    val(ids.subList(from, from + batch.size()).toArray(UUID[]::new), SQLDataType.UUID.array()),
                    texts(batch, mail -> mail.to().value()), texts(batch, OutgoingMail::subject), texts(batch, OutgoingMail::htmlBody),
                    texts(batch, OutgoingMail::textBody), val(now, MAIL_OUTBOX.QUEUED_AT));
        }
        return ids;
    }

    private static Field<String[]> texts(List<OutgoingMail> mails, Function<OutgoingMail, String> column) {
        return val(mails.stream().map(column).toArray(String[]::new), SQLDataType.CLOB.array());
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
        dsl.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.STATUS, MailStatus.SENT.name())
                .set(MAIL_OUTBOX.SENT_AT, now)
                .setNull(MAIL_OUTBOX.HTML_BODY)
                .setNull(MAIL_OUTBOX.TEXT_BODY)
                .where(MAIL_OUTBOX.ID.eq(id))
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
