package io.portico.persistence.email;

import static io.portico.persistence.jooq.Tables.EMAIL_ATTACHMENT;

import io.portico.domain.email.MailAttachment;
import io.portico.domain.email.MailMessage;
import io.portico.domain.email.Subjects;
import io.portico.domain.email.Threading.Threaded;
import io.portico.domain.mailbox.MailboxId;
import io.portico.domain.shared.EmailAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * The rows of a threaded batch. Threads, messages and addresses go in as one array per column, unnested by
 * PostgreSQL: a few binds whatever the batch size, where a multi-row VALUES list costs more to build than to run.
 */
final class EmailRows {

    /** Between a message's References in one array element: a control character no header keeps (see {@link #text}). */
    private static final char SEPARATOR = '\u001F';

    private static final String THREADS = """
            insert into email_thread (id, subject, normalised_subject, last_message_at, message_count)
            select t.id, t.subject, t.normalised, t.last_at, 0
            from unnest(?::uuid[], ?::text[], ?::text[], ?::timestamptz[]) as t(id, subject, normalised, last_at)
            """;

    private static final String MESSAGES = """
            insert into email_message (id, message_id, thread_id, mailbox_id, in_reply_to, references_header, subject, from_address,
                                       from_name, sent_at, text_body, html_body, attachment_count, stored_at)
            select m.id, m.message_id, m.thread_id, ?::uuid, m.in_reply_to, string_to_array(m.refs, chr(31)), m.subject, m.from_address,
                   m.from_name, m.sent_at, m.text_body, m.html_body, m.files, ?::timestamptz
            from unnest(?::uuid[], ?::text[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::timestamptz[],
                        ?::text[], ?::text[], ?::int[])
                 as m(id, message_id, thread_id, in_reply_to, refs, subject, from_address, from_name, sent_at, text_body, html_body, files)
            on conflict (message_id) do nothing
            returning message_id, id
            """;

    private static final String ADDRESSES = """
            insert into email_message_address (message_id, address, role, thread_id, sent_at)
            select * from unnest(?::uuid[], ?::text[], ?::text[], ?::uuid[], ?::timestamptz[])
            """;

    private EmailRows() {
    }

    /** @return the id of each message inserted, by Message-ID; one another transaction kept first is left out */
    static Map<String, UUID> insert(DSLContext dsl, MailboxId mailbox, List<Threaded> batch, Instant now) {
        insertThreads(dsl, batch.stream().filter(Threaded::newThread).toList());
        Map<String, UUID> stored = insertMessages(dsl, mailbox, batch, now);
        List<Threaded> inserted = batch.stream().filter(t -> stored.containsKey(t.message().messageId())).toList();
        insertAddresses(dsl, inserted, stored);
        insertAttachments(dsl, inserted, stored);
        return stored;
    }

    private static void insertThreads(DSLContext dsl, List<Threaded> started) {
        if (!started.isEmpty()) {
            dsl.execute(THREADS, column(started, Threaded::thread, UUID[]::new), column(started, t -> t.message().subject(), String[]::new),
                    column(started, t -> Subjects.normalise(t.message().subject()), String[]::new),
                    column(started, t -> t.message().sentAt().toString(), String[]::new));
        }
    }

    private static Map<String, UUID> insertMessages(DSLContext dsl, MailboxId mailbox, List<Threaded> batch, Instant now) {
        var ids = new ArrayList<UUID>();
        batch.forEach(t -> ids.add(UUID.randomUUID()));
        var stored = new HashMap<String, UUID>();
        dsl.fetch(MESSAGES, mailbox.value(), now.toString(), ids.toArray(UUID[]::new),
                        messages(batch, MailMessage::messageId), column(batch, Threaded::thread, UUID[]::new),
                        messages(batch, m -> m.inReplyTo().orElse(null)),
                        messages(batch, m -> String.join(String.valueOf(SEPARATOR), m.references())),
                        messages(batch, MailMessage::subject), messages(batch, m -> m.from().value()),
                        messages(batch, m -> m.fromName().orElse(null)), messages(batch, m -> m.sentAt().toString()),
                        messages(batch, m -> m.textBody().orElse(null)), messages(batch, m -> m.htmlBody().orElse(null)),
                        column(batch, t -> t.message().attachments().size(), Integer[]::new))
                .forEach(row -> stored.put(row.get(0, String.class), row.get(1, UUID.class)));
        return stored;
    }

    /** Every From/To/Cc address once per role, as lookup keys, with the thread and time read with them (D2, D5). */
    private static void insertAddresses(DSLContext dsl, List<Threaded> inserted, Map<String, UUID> ids) {
        var messages = new ArrayList<UUID>();
        var addresses = new ArrayList<String>();
        var roles = new ArrayList<String>();
        var threads = new ArrayList<UUID>();
        var times = new ArrayList<String>();
        for (Threaded t : inserted) {
            MailMessage m = t.message();
            roles(m).forEach((role, keys) -> keys.forEach(address -> {
                messages.add(ids.get(m.messageId()));
                addresses.add(address);
                roles.add(role);
                threads.add(t.thread());
                times.add(m.sentAt().toString());
            }));
        }
        if (!messages.isEmpty()) {
            dsl.execute(ADDRESSES, messages.toArray(UUID[]::new), addresses.toArray(String[]::new), roles.toArray(String[]::new),
                    threads.toArray(UUID[]::new), times.toArray(String[]::new));
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

    /** Few messages carry files, and files are large: a plain multi-row insert. */
    private static void insertAttachments(DSLContext dsl, List<Threaded> inserted, Map<String, UUID> ids) {
        var insert = dsl.insertInto(EMAIL_ATTACHMENT, EMAIL_ATTACHMENT.ID, EMAIL_ATTACHMENT.MESSAGE_ID, EMAIL_ATTACHMENT.POSITION,
                EMAIL_ATTACHMENT.FILE_NAME, EMAIL_ATTACHMENT.CONTENT_TYPE, EMAIL_ATTACHMENT.SIZE, EMAIL_ATTACHMENT.CONTENT);
        boolean any = false;
        for (Threaded t : inserted) {
            List<MailAttachment> files = t.message().attachments();
            for (int position = 0; position < files.size(); position++) {
                MailAttachment file = files.get(position);
                insert = insert.values(UUID.randomUUID(), ids.get(t.message().messageId()), position, file.fileName(), file.contentType(),
                        file.size(), file.content().orElse(null));
                any = true;
            }
        }
        if (any) {
            insert.execute();
        }
    }

    private static String[] messages(List<Threaded> batch, Function<MailMessage, String> value) {
        return column(batch, t -> value.apply(t.message()), String[]::new);
    }

    private static <T> T[] column(List<Threaded> batch, Function<Threaded, T> value, java.util.function.IntFunction<T[]> array) {
        return batch.stream().map(value).toArray(array);
    }

    /**
     * The message without NUL characters, which PostgreSQL text cannot hold and broken mail may carry (one bad character
     * must not stop the mailbox), nor the separator of its References here.
     */
    static MailMessage clean(MailMessage m) {
        return new MailMessage(text(m.messageId()), m.inReplyTo().map(EmailRows::text), m.references().stream().map(EmailRows::text).toList(),
                text(m.subject()), m.from(), m.fromName().map(EmailRows::text), m.to(), m.cc(), m.sentAt(), m.textBody().map(EmailRows::text),
                m.htmlBody().map(EmailRows::text), m.attachments().stream()
                        .map(f -> new MailAttachment(text(f.fileName()), text(f.contentType()), f.size(), f.content())).toList());
    }

    private static String text(String value) {
        return value.indexOf('\0') < 0 && value.indexOf(SEPARATOR) < 0 ? value : value.replace("\0", "").replace(String.valueOf(SEPARATOR), "");
    }
}
