package io.portico.persistence.mail;

import static io.portico.persistence.jooq.Tables.MAIL_FILE;
import static io.portico.persistence.jooq.Tables.MAIL_OUTBOX;
import static io.portico.persistence.jooq.Tables.MAIL_OUTBOX_ATTACHMENT;

import io.portico.application.mail.port.UndeliverableMail;
import io.portico.application.mail.port.out.MailOutboxPort;
import io.portico.application.mail.port.out.OutgoingMail;
import io.portico.application.mail.port.out.QueuedMail;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.FileAttachment;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
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
                .set(MAIL_OUTBOX.REPLY_TO, mail.replyTo().map(EmailAddress::value).orElse(null))
                .set(MAIL_OUTBOX.STATUS, MailStatus.PENDING.name())
                .set(MAIL_OUTBOX.FAILED_ATTEMPTS, 0)
                .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, now)
                .set(MAIL_OUTBOX.QUEUED_AT, now)
                .execute();
        for (int position = 0; position < mail.attachments().size(); position++) {
            attach(id, position, mail.attachments().get(position));
        }
        return id;
    }

    // The file's bytes are stored once per content; a file already there (sent to another client) is reused.
    private void attach(UUID mail, int position, FileAttachment file) {
        String sha256 = sha256(file.content());
        dsl.insertInto(MAIL_FILE).set(MAIL_FILE.SHA256, sha256).set(MAIL_FILE.CONTENT, file.content())
                .onConflictDoNothing().execute();
        dsl.insertInto(MAIL_OUTBOX_ATTACHMENT)
                .set(MAIL_OUTBOX_ATTACHMENT.MAIL_ID, mail)
                .set(MAIL_OUTBOX_ATTACHMENT.POSITION, position)
                .set(MAIL_OUTBOX_ATTACHMENT.FILE_NAME, file.fileName())
                .set(MAIL_OUTBOX_ATTACHMENT.CONTENT_TYPE, file.contentType())
                .set(MAIL_OUTBOX_ATTACHMENT.SHA256, sha256)
                .execute();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /**
     * The rows stay locked until the caller's transaction ends; rows locked by another dispatcher
     * (another thread or node) are skipped rather than waited for, so each mail goes to one dispatcher.
     */
    @Override
    public List<QueuedMail> claimDue(Instant now, int limit) {
        var rows = dsl.selectFrom(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.STATUS.eq(MailStatus.PENDING.name()))
                .and(MAIL_OUTBOX.NEXT_ATTEMPT_AT.le(now))
                .orderBy(MAIL_OUTBOX.NEXT_ATTEMPT_AT, MAIL_OUTBOX.QUEUED_AT)
                .limit(limit)
                .forUpdate()
                .skipLocked()
                .fetch();
        Map<UUID, List<FileAttachment>> files = attachments(rows.map(row -> row.getId()));
        return rows.map(row -> MailOutboxMapper.toQueued(row, files.getOrDefault(row.getId(), List.of())));
    }

    // One query for the whole batch, in each mail's order.
    private Map<UUID, List<FileAttachment>> attachments(List<UUID> mails) {
        return dsl.select(MAIL_OUTBOX_ATTACHMENT.MAIL_ID, MAIL_OUTBOX_ATTACHMENT.FILE_NAME, MAIL_OUTBOX_ATTACHMENT.CONTENT_TYPE,
                        MAIL_FILE.CONTENT)
                .from(MAIL_OUTBOX_ATTACHMENT).join(MAIL_FILE).on(MAIL_FILE.SHA256.eq(MAIL_OUTBOX_ATTACHMENT.SHA256))
                .where(MAIL_OUTBOX_ATTACHMENT.MAIL_ID.in(mails))
                .orderBy(MAIL_OUTBOX_ATTACHMENT.MAIL_ID, MAIL_OUTBOX_ATTACHMENT.POSITION)
                .fetch()
                .stream()
                .collect(Collectors.groupingBy(row -> row.value1(),
                        Collectors.mapping(row -> new FileAttachment(row.value2(), row.value3(), row.value4()), Collectors.toList())));
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
        int deleted = dsl.deleteFrom(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.STATUS.eq(MailStatus.SENT.name()))
                .and(MAIL_OUTBOX.SENT_AT.lt(before))
                .execute();
        dsl.deleteFrom(MAIL_FILE)
                .whereNotExists(dsl.selectOne().from(MAIL_OUTBOX_ATTACHMENT).where(MAIL_OUTBOX_ATTACHMENT.SHA256.eq(MAIL_FILE.SHA256)))
                .execute();
        return deleted;
    }
}
