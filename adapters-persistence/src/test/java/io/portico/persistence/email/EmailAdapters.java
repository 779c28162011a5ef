package io.portico.persistence.email;

import static io.portico.persistence.jooq.Tables.MAILBOX;

import io.portico.application.email.port.out.EmailStorePort;
import io.portico.domain.mailbox.MailboxId;
import java.time.Instant;
import org.jooq.DSLContext;

/** This package's adapters for tests of other packages, and a mailbox row to sync (the mailboxes part owns its adapter). */
public final class EmailAdapters {

    private EmailAdapters() {
    }

    public static EmailStorePort store(DSLContext dsl) {
        return new JooqEmailStoreAdapter(dsl);
    }

    public static JooqMailSyncAdapter sync(DSLContext dsl) {
        return new JooqMailSyncAdapter(dsl);
    }

    public static JooqSyncedMailAdapter synced(DSLContext dsl) {
        return new JooqSyncedMailAdapter(dsl);
    }

    /** A mailbox row with a sealed-looking password: only what the sync reads of it matters here. */
    public static MailboxId mailboxRow(DSLContext dsl, String address, Instant createdAt) {
        MailboxId id = MailboxId.random();
        dsl.insertInto(MAILBOX)
                .set(MAILBOX.ID, id.value()).set(MAILBOX.NAME, address).set(MAILBOX.ADDRESS, address)
                .set(MAILBOX.IMAP_HOST, "localhost").set(MAILBOX.IMAP_PORT, 3143).set(MAILBOX.IMAP_SECURITY, "NONE")
                .set(MAILBOX.IMAP_USER, address).set(MAILBOX.IMAP_PASSWORD, new byte[] {0})
                .set(MAILBOX.SMTP_HOST, "localhost").set(MAILBOX.SMTP_PORT, 3025).set(MAILBOX.SMTP_SECURITY, "NONE")
                .set(MAILBOX.SMTP_USER, address).set(MAILBOX.SMTP_PASSWORD, new byte[] {0})
                .set(MAILBOX.CREATED_AT, createdAt)
                .execute();
        return id;
    }
}
