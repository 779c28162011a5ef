package io.portico.persistence.email;

import static io.portico.persistence.jooq.Tables.EMAIL_ATTACHMENT;
import static io.portico.persistence.jooq.Tables.EMAIL_MESSAGE;
import static io.portico.persistence.jooq.Tables.EMAIL_MESSAGE_ADDRESS;
import static io.portico.persistence.jooq.Tables.EMAIL_THREAD;

import io.portico.domain.email.MailAttachment;
import io.portico.domain.email.MailMessage;
import io.portico.domain.email.Subjects;
import io.portico.domain.email.Threading.Threaded;
import io.portico.domain.mailbox.MailboxId;
import io.portico.domain.shared.EmailAddress;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;

/** The rows of a threaded batch, one multi-row insert per table. */
final class EmailRows {

    private EmailRows() {
    }

    /** @return the id of each message inserted, by Message-ID; one another transaction kept first is left out */
    static Map<String, UUID> insert(DSLContext dsl, MailboxId mailbox, List<Threaded> batch, Instant now) {
        insertThreads(dsl, batch);
        Map<String, UUID> stored = insertMessages(dsl, mailbox, batch, now);
        List<Threaded> inserted = batch.stream().filter(t -> stored.containsKey(t.message().messageId())).toList();
        insertAddresses(dsl, inserted, stored);
        insertAttachments(dsl, inserted, stored);
        return stored;
    }

    private static void insertThreads(DSLContext dsl, List<Threaded> batch) {
        var started = batch.stream().filter(Threaded::newThread).toList();
        if (started.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(EMAIL_THREAD, EMAIL_THREAD.ID, EMAIL_THREAD.SUBJECT, EMAIL_THREAD.NORMALISED_SUBJECT,
                EMAIL_THREAD.LAST_MESSAGE_AT, EMAIL_THREAD.MESSAGE_COUNT);
        for (Threaded t : started) {
            String subject = t.message().subject();
            insert = insert.values(t.thread(), subject, Subjects.normalise(subject), t.message().sentAt(), 0);
        }
        insert.execute();
    }

    private static Map<String, UUID> insertMessages(DSLContext dsl, MailboxId mailbox, List<Threaded> batch, Instant now) {
        var insert = dsl.insertInto(EMAIL_MESSAGE, EMAIL_MESSAGE.ID, EMAIL_MESSAGE.MESSAGE_ID, EMAIL_MESSAGE.THREAD_ID,
                EMAIL_MESSAGE.MAILBOX_ID, EMAIL_MESSAGE.IN_REPLY_TO, EMAIL_MESSAGE.REFERENCES_HEADER, EMAIL_MESSAGE.SUBJECT,
                EMAIL_MESSAGE.FROM_ADDRESS, EMAIL_MESSAGE.FROM_NAME, EMAIL_MESSAGE.SENT_AT, EMAIL_MESSAGE.TEXT_BODY, EMAIL_MESSAGE.HTML_BODY,
                EMAIL_MESSAGE.ATTACHMENT_COUNT, EMAIL_MESSAGE.STORED_AT);
        for (Threaded t : batch) {
            MailMessage m = t.message();
            insert = insert.values(UUID.randomUUID(), m.messageId(), t.thread(), mailbox.value(), m.inReplyTo().orElse(null),
                    m.references().toArray(String[]::new), m.subject(), m.from().value(),
                    m.fromName().orElse(null), m.sentAt(), m.textBody().orElse(null),
                    m.htmlBody().orElse(null), m.attachments().size(), now);
        }
        var stored = new HashMap<String, UUID>();
        insert.onConflict(EMAIL_MESSAGE.MESSAGE_ID).doNothing().returningResult(EMAIL_MESSAGE.MESSAGE_ID, EMAIL_MESSAGE.ID).fetch()
                .forEach(row -> stored.put(row.value1(), row.value2()));
        return stored;
    }

    /** Every From/To/Cc address once per role, as lookup keys, with the thread and time read with them (D2, D5). */
    private static void insertAddresses(DSLContext dsl, List<Threaded> inserted, Map<String, UUID> ids) {
        var insert = dsl.insertInto(EMAIL_MESSAGE_ADDRESS, EMAIL_MESSAGE_ADDRESS.MESSAGE_ID, EMAIL_MESSAGE_ADDRESS.ADDRESS,
                EMAIL_MESSAGE_ADDRESS.ROLE, EMAIL_MESSAGE_ADDRESS.THREAD_ID, EMAIL_MESSAGE_ADDRESS.SENT_AT);
        boolean any = false;
        for (Threaded t : inserted) {
            MailMessage m = t.message();
            UUID id = ids.get(m.messageId());
            for (var role : roles(m).entrySet()) {
                for (String address : role.getValue()) {
                    insert = insert.values(id, address, role.getKey(), t.thread(), m.sentAt());
                    any = true;
                }
            }
        }
        if (any) {
            insert.execute();
        }
    }

    private static Map<String, LinkedHashSet<String>> roles(MailMessage m) {
        return Map.of("FROM", keys(List.of(m.from())), "TO", keys(m.to()), "CC", keys(m.cc()));
    }

    private static LinkedHashSet<String> keys(List<EmailAddress> addresses) {
        var keys = new LinkedHashSet<String>();
        addresses.forEach(address -> keys.add(address.lookupKey()));
        return keys;
    }

    private static void insertAttachments(DSLContext dsl, List<Threaded> inserted, Map<String, UUID> ids) {
        var insert = dsl.insertInto(EMAIL_ATTACHMENT, EMAIL_ATTACHMENT.ID, EMAIL_ATTACHMENT.MESSAGE_ID, EMAIL_ATTACHMENT.POSITION,
                EMAIL_ATTACHMENT.FILE_NAME, EMAIL_ATTACHMENT.CONTENT_TYPE, EMAIL_ATTACHMENT.SIZE, EMAIL_ATTACHMENT.CONTENT);
        boolean any = false;
        for (Threaded t : inserted) {
            List<MailAttachment> files = t.message().attachments();
            for (int position = 0; position < files.size(); position++) {
                MailAttachment file = files.get(position);
                insert = insert.values(UUID.randomUUID(), ids.get(t.message().messageId()), position, file.fileName(),
                        file.contentType(), file.size(), file.content().orElse(null));
                any = true;
            }
        }
        if (any) {
            insert.execute();
        }
    }

    /**
     * The message without NUL characters, which PostgreSQL text cannot hold and broken mail may carry: one bad
     * character must not stop the mailbox.
     */
    static MailMessage clean(MailMessage m) {
        return new MailMessage(text(m.messageId()), m.inReplyTo().map(EmailRows::text), m.references().stream().map(EmailRows::text).toList(),
                text(m.subject()), m.from(), m.fromName().map(EmailRows::text), m.to(), m.cc(), m.sentAt(), m.textBody().map(EmailRows::text),
                m.htmlBody().map(EmailRows::text), m.attachments().stream()
                        .map(f -> new MailAttachment(text(f.fileName()), text(f.contentType()), f.size(), f.content())).toList());
    }

    private static String text(String value) {
        return value.indexOf('\0') < 0 ? value : value.replace("\0", "");
    }
}
