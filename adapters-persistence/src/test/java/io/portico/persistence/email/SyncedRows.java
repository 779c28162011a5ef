package io.portico.persistence.email;

import static io.portico.persistence.jooq.Tables.EMAIL_MESSAGE;
import static io.portico.persistence.jooq.Tables.EMAIL_MESSAGE_ADDRESS;
import static io.portico.persistence.jooq.Tables.EMAIL_THREAD;

import io.portico.domain.email.MailMessage;
import io.portico.domain.shared.EmailAddress;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;

/** Writes a synced message's rows as the sync stores them, for tests of the adapters that read them. */
public final class SyncedRows {

    private SyncedRows() {
    }

    /** @return the message's id in the store */
    public static UUID insert(DSLContext dsl, MailMessage message) {
        UUID thread = UUID.randomUUID();
        UUID id = UUID.randomUUID();
        Instant now = message.sentAt();
        dsl.insertInto(EMAIL_THREAD).set(EMAIL_THREAD.ID, thread).set(EMAIL_THREAD.SUBJECT, message.subject())
                .set(EMAIL_THREAD.NORMALISED_SUBJECT, message.subject().toLowerCase()).set(EMAIL_THREAD.LAST_MESSAGE_AT, now)
                .set(EMAIL_THREAD.MESSAGE_COUNT, 1).execute();
        dsl.insertInto(EMAIL_MESSAGE).set(EMAIL_MESSAGE.ID, id).set(EMAIL_MESSAGE.MESSAGE_ID, message.messageId())
                .set(EMAIL_MESSAGE.THREAD_ID, thread).set(EMAIL_MESSAGE.IN_REPLY_TO, message.inReplyTo().orElse(null))
                .set(EMAIL_MESSAGE.REFERENCES_HEADER, message.references().toArray(String[]::new))
                .set(EMAIL_MESSAGE.SUBJECT, message.subject()).set(EMAIL_MESSAGE.FROM_ADDRESS, message.from().value())
                .set(EMAIL_MESSAGE.FROM_NAME, message.fromName().orElse(null)).set(EMAIL_MESSAGE.SENT_AT, now)
                .set(EMAIL_MESSAGE.TEXT_BODY, message.textBody().orElse(null)).set(EMAIL_MESSAGE.STORED_AT, now).execute();
        address(dsl, id, thread, now, "FROM", List.of(message.from()));
        address(dsl, id, thread, now, "TO", message.to());
        address(dsl, id, thread, now, "CC", message.cc());
        return id;
    }

    private static void address(DSLContext dsl, UUID message, UUID thread, Instant at, String role, List<EmailAddress> addresses) {
        addresses.forEach(address -> dsl.insertInto(EMAIL_MESSAGE_ADDRESS).set(EMAIL_MESSAGE_ADDRESS.MESSAGE_ID, message)
                .set(EMAIL_MESSAGE_ADDRESS.ADDRESS, address.lookupKey()).set(EMAIL_MESSAGE_ADDRESS.ROLE, role)
                .set(EMAIL_MESSAGE_ADDRESS.THREAD_ID, thread).set(EMAIL_MESSAGE_ADDRESS.SENT_AT, at).execute());
    }
}
