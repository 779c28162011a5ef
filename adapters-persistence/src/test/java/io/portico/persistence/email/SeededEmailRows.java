package io.portico.persistence.email;

import static io.portico.persistence.jooq.Tables.EMAIL_ATTACHMENT;
import static io.portico.persistence.jooq.Tables.EMAIL_MESSAGE;
import static io.portico.persistence.jooq.Tables.EMAIL_MESSAGE_ADDRESS;
import static io.portico.persistence.jooq.Tables.EMAIL_THREAD;

import io.portico.application.email.EmailSeed;
import java.util.List;
import org.jooq.DSLContext;

/** Writes a seeded message into V48's tables as the sync leaves it (the schema is the contract with the store). */
final class SeededEmailRows {

    /** The size recorded for a file over the cap. */
    static final long OVER_CAP = 30_000_000L;

    private SeededEmailRows() {
    }

    static void insert(DSLContext dsl, EmailSeed message) {
        dsl.insertInto(EMAIL_THREAD).set(EMAIL_THREAD.ID, message.thread()).set(EMAIL_THREAD.SUBJECT, message.threadSubject())
                .set(EMAIL_THREAD.NORMALISED_SUBJECT, message.threadSubject().toLowerCase()).set(EMAIL_THREAD.LAST_MESSAGE_AT, message.sentAt())
                .set(EMAIL_THREAD.MESSAGE_COUNT, 1).onConflict(EMAIL_THREAD.ID).doNothing().execute();
        dsl.insertInto(EMAIL_MESSAGE).set(EMAIL_MESSAGE.ID, message.id()).set(EMAIL_MESSAGE.MESSAGE_ID, "<" + message.id() + "@test>")
                .set(EMAIL_MESSAGE.THREAD_ID, message.thread()).set(EMAIL_MESSAGE.SUBJECT, message.threadSubject())
                .set(EMAIL_MESSAGE.FROM_ADDRESS, message.from()).set(EMAIL_MESSAGE.SENT_AT, message.sentAt())
                .set(EMAIL_MESSAGE.TEXT_BODY, message.text()).set(EMAIL_MESSAGE.HTML_BODY, message.html().orElse(null))
                .set(EMAIL_MESSAGE.ATTACHMENT_COUNT, message.files().size()).set(EMAIL_MESSAGE.STORED_AT, message.sentAt()).execute();
        address(dsl, message, "FROM", List.of(message.from()));
        address(dsl, message, "TO", message.to());
        address(dsl, message, "CC", message.cc());
        for (int i = 0; i < message.files().size(); i++) {
            EmailSeed.File file = message.files().get(i);
            dsl.insertInto(EMAIL_ATTACHMENT).set(EMAIL_ATTACHMENT.ID, file.id()).set(EMAIL_ATTACHMENT.MESSAGE_ID, message.id())
                    .set(EMAIL_ATTACHMENT.POSITION, i).set(EMAIL_ATTACHMENT.FILE_NAME, file.name())
                    .set(EMAIL_ATTACHMENT.CONTENT_TYPE, "application/pdf")
                    .set(EMAIL_ATTACHMENT.SIZE, file.content().map(bytes -> (long) bytes.length).orElse(OVER_CAP))
                    .set(EMAIL_ATTACHMENT.CONTENT, file.content().orElse(null)).execute();
        }
    }

    private static void address(DSLContext dsl, EmailSeed message, String role, List<String> addresses) {
        addresses.forEach(address -> dsl.insertInto(EMAIL_MESSAGE_ADDRESS).set(EMAIL_MESSAGE_ADDRESS.MESSAGE_ID, message.id())
                .set(EMAIL_MESSAGE_ADDRESS.ADDRESS, address).set(EMAIL_MESSAGE_ADDRESS.ROLE, role)
                .set(EMAIL_MESSAGE_ADDRESS.THREAD_ID, message.thread()).set(EMAIL_MESSAGE_ADDRESS.SENT_AT, message.sentAt()).execute());
    }
}
