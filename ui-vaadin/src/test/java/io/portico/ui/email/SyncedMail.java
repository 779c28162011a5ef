package io.portico.ui.email;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;

/** Puts synced mail into V48's tables as the sync leaves it, for the view tests (the schema is the contract with the store). */
public final class SyncedMail {

    private final DSLContext dsl;

    public SyncedMail(DSLContext dsl) {
        this.dsl = dsl;
    }

    public UUID thread(String subject, Instant at) {
        UUID id = UUID.randomUUID();
        dsl.execute("insert into email_thread (id, subject, normalised_subject, last_message_at, message_count) values (?::uuid, ?, ?, ?::timestamptz, 1)",
                id.toString(), subject, subject.toLowerCase(), time(at));
        return id;
    }

    /** A message with its own thread and the given Message-ID, plain text: what a reply is written to. @return its id */
    public UUID insert(String messageId, String subject, String from, List<String> to) {
        Instant at = Instant.now();
        return message(thread(subject, at), messageId, from, to, List.of(), at, "text", null, 0);
    }

    /** A message in the thread from {@code from} to {@code to}; HTML when {@code html} is not null. */
    public UUID message(UUID thread, String from, List<String> to, List<String> cc, Instant at, String text, String html, int files) {
        return message(thread, null, from, to, cc, at, text, html, files);
    }

    private UUID message(UUID thread, String messageId, String from, List<String> to, List<String> cc, Instant at, String text, String html,
                         int files) {
        UUID id = UUID.randomUUID();
        dsl.execute("""
                insert into email_message (id, message_id, thread_id, subject, from_address, from_name, sent_at, text_body, html_body,
                                           attachment_count, stored_at)
                select ?::uuid, ?, ?::uuid, subject, ?, null, ?::timestamptz, ?, ?, ?, ?::timestamptz from email_thread where id = ?::uuid""",
                id.toString(), messageId == null ? "<" + id + "@test>" : messageId, thread.toString(), from, time(at), text, html, files, time(at), thread.toString());
        address(id, thread, from, "FROM", at);
        to.forEach(address -> address(id, thread, address, "TO", at));
        cc.forEach(address -> address(id, thread, address, "CC", at));
        return id;
    }

    /** A file of the message; {@code content} null when it was over the size cap. */
    public UUID file(UUID message, int position, String name, byte[] content) {
        UUID id = UUID.randomUUID();
        dsl.execute("insert into email_attachment (id, message_id, position, file_name, content_type, size, content) values (?::uuid, ?::uuid, ?, ?, ?, ?, ?)",
                id.toString(), message.toString(), position, name, "application/pdf", content == null ? 30_000_000L : (long) content.length, content);
        return id;
    }

    private void address(UUID message, UUID thread, String address, String role, Instant at) {
        dsl.execute("insert into email_message_address (message_id, address, role, thread_id, sent_at) values (?::uuid, ?, ?, ?::uuid, ?::timestamptz)",
                message.toString(), address, role, thread.toString(), time(at));
    }

    private static String time(Instant at) {
        return at.toString();
    }
}
