package io.portico.persistence.mail;

import static io.portico.persistence.jooq.Tables.MAIL_FILE;
import static io.portico.persistence.jooq.Tables.MAIL_OUTBOX;
import static io.portico.persistence.jooq.Tables.MAIL_OUTBOX_ATTACHMENT;
import static org.jooq.impl.DSL.val;

import io.portico.application.mail.port.UndeliverableMail;
import io.portico.application.mail.port.out.MailOutboxPort;
import io.portico.application.mail.port.out.MailboxEnvelope;
import io.portico.application.mail.port.out.OutgoingMail;
import io.portico.application.mail.port.out.QueuedMail;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.FileAttachment;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
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

    // unnest flattens an array of arrays, so each mail's References and Cc travel as one line-separated text (neither a
    // Message-ID nor an address holds a line break) and are split back into arrays here.
    private static final String ENQUEUE_ALL = """
            insert into mail_outbox (id, recipient, subject, html_body, text_body, reply_to, status, failed_attempts, next_attempt_at, queued_at,
                                     mailbox_id, message_id, in_reply_to, references_header, cc)
            select m.id, m.recipient, m.subject, m.html_body, m.text_body, m.reply_to, 'PENDING', 0, {6}, {6},
                   m.mailbox_id, m.message_id, m.in_reply_to, string_to_array(m.refs, chr(10)), string_to_array(m.cc, chr(10))
            from unnest({0}, {1}, {2}, {3}, {4}, {5}, {7}, {8}, {9}, {10}, {11})
                 as m(id, recipient, subject, html_body, text_body, reply_to, mailbox_id, message_id, in_reply_to, refs, cc)""";

    private static final String ATTACH_ALL = """
            insert into mail_outbox_attachment (mail_id, position, file_name, content_type, sha256)
            select * from unnest({0}, {1}, {2}, {3}, {4})""";

    private final DSLContext dsl;

    JooqMailOutboxAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public UUID enqueue(OutgoingMail mail, Instant now) {
        return enqueueAll(List.of(mail), now).getFirst();
    }

    /**
     * The mails as columns of arrays, unnested by one statement per {@value #BATCH} mails: a bulk email's thousands of
     * rows in a few round trips, without a bind variable per value (issue 11, Speed). Their files likewise.
     */
    @Override
    public List<UUID> enqueueAll(List<OutgoingMail> mails, Instant now) {
        List<UUID> ids = mails.stream().map(mail -> UUID.randomUUID()).toList();
        for (int from = 0; from < mails.size(); from += BATCH) {
            List<OutgoingMail> batch = mails.subList(from, Math.min(from + BATCH, mails.size()));
            dsl.execute(ENQUEUE_ALL,
                    val(ids.subList(from, from + batch.size()).toArray(UUID[]::new), SQLDataType.UUID.array()),
                    texts(batch, mail -> mail.to().value()), texts(batch, OutgoingMail::subject), texts(batch, OutgoingMail::htmlBody),
                    texts(batch, OutgoingMail::textBody), texts(batch, mail -> mail.replyTo().map(EmailAddress::value).orElse(null)),
                    val(now, MAIL_OUTBOX.QUEUED_AT),
                    val(batch.stream().map(mail -> mail.envelope().map(e -> e.mailbox().value()).orElse(null)).toArray(UUID[]::new),
                            SQLDataType.UUID.array()),
                    texts(batch, mail -> mail.envelope().map(MailboxEnvelope::messageId).orElse(null)),
                    texts(batch, mail -> mail.envelope().flatMap(MailboxEnvelope::inReplyTo).orElse(null)),
                    texts(batch, mail -> lines(mail.envelope().map(MailboxEnvelope::references).orElse(List.of()))),
                    texts(batch, mail -> lines(mail.envelope().map(e -> e.cc().stream().map(EmailAddress::value).toList()).orElse(List.of()))));
        }
        attachAll(ids, mails);
        return ids;
    }

    private static String lines(List<String> values) {
        return String.join("\n", values);
    }

    private static Field<String[]> texts(List<OutgoingMail> mails, Function<OutgoingMail, String> column) {
        return val(mails.stream().map(column).toArray(String[]::new), SQLDataType.CLOB.array());
    }

    // Each file's bytes are stored once per content (a bulk email sends the same file to thousands, and a file already
    // there is reused); each mail refers to them in its order.
    private void attachAll(List<UUID> ids, List<OutgoingMail> mails) {
        var files = new IdentityHashMap<byte[], String>();
        List<UUID> mailIds = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < mails.size(); i++) {
            List<FileAttachment> attachments = mails.get(i).attachments();
            for (int position = 0; position < attachments.size(); position++) {
                FileAttachment file = attachments.get(position);
                mailIds.add(ids.get(i));
                positions.add(position);
                names.add(file.fileName());
                types.add(file.contentType());
                hashes.add(files.computeIfAbsent(file.content(), JooqMailOutboxAdapter::sha256));
            }
        }
        if (mailIds.isEmpty()) {
            return;
        }
        files.forEach((content, sha256) -> dsl.insertInto(MAIL_FILE).set(MAIL_FILE.SHA256, sha256).set(MAIL_FILE.CONTENT, content)
                .onConflictDoNothing().execute());
        dsl.execute(ATTACH_ALL, val(mailIds.toArray(UUID[]::new), SQLDataType.UUID.array()),
                val(positions.toArray(Integer[]::new), SQLDataType.INTEGER.array()),
                val(names.toArray(String[]::new), SQLDataType.CLOB.array()), val(types.toArray(String[]::new), SQLDataType.CLOB.array()),
                val(hashes.toArray(String[]::new), SQLDataType.CLOB.array()));
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
