package io.portico.ui.email;

import static io.portico.persistence.jooq.Tables.EMAIL_MESSAGE;
import static io.portico.persistence.jooq.Tables.EMAIL_MESSAGE_ADDRESS;
import static io.portico.persistence.jooq.Tables.EMAIL_THREAD;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jooq.DSLContext;

/** Writes a synced message's rows as the sync keeps them, for view tests that answer it. */
public final class SyncedMail {

    private SyncedMail() {
    }

    /** @return the message's id in the store */
    public static UUID insert(DSLContext dsl, String messageId, String subject, String from, List<String> to) {
        UUID thread = UUID.randomUUID();
        UUID id = UUID.randomUUID();
        Instant at = Instant.now();
        dsl.insertInto(EMAIL_THREAD).set(EMAIL_THREAD.ID, thread).set(EMAIL_THREAD.SUBJECT, subject)
                .set(EMAIL_THREAD.NORMALISED_SUBJECT, subject.toLowerCase(Locale.ROOT)).set(EMAIL_THREAD.LAST_MESSAGE_AT, at)
                .set(EMAIL_THREAD.MESSAGE_COUNT, 1).execute();
        dsl.insertInto(EMAIL_MESSAGE).set(EMAIL_MESSAGE.ID, id).set(EMAIL_MESSAGE.MESSAGE_ID, messageId).set(EMAIL_MESSAGE.THREAD_ID, thread)
                .set(EMAIL_MESSAGE.SUBJECT, subject).set(EMAIL_MESSAGE.FROM_ADDRESS, from).set(EMAIL_MESSAGE.SENT_AT, at)
                .set(EMAIL_MESSAGE.TEXT_BODY, "text").set(EMAIL_MESSAGE.STORED_AT, at).execute();
        address(dsl, id, thread, at, "FROM", from);
        to.forEach(address -> address(dsl, id, thread, at, "TO", address));
        return id;
    }

    private static void address(DSLContext dsl, UUID message, UUID thread, Instant at, String role, String address) {
        dsl.insertInto(EMAIL_MESSAGE_ADDRESS).set(EMAIL_MESSAGE_ADDRESS.MESSAGE_ID, message)
                .set(EMAIL_MESSAGE_ADDRESS.ADDRESS, address.toLowerCase(Locale.ROOT)).set(EMAIL_MESSAGE_ADDRESS.ROLE, role)
                .set(EMAIL_MESSAGE_ADDRESS.THREAD_ID, thread).set(EMAIL_MESSAGE_ADDRESS.SENT_AT, at).execute();
    }
}
