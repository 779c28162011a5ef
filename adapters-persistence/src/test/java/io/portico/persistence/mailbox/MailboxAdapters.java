package io.portico.persistence.mailbox;

import io.portico.application.mailbox.port.out.MailboxPort;
import org.jooq.DSLContext;

/** This package's adapter for tests of other packages (an outbox mail's envelope needs a mailbox); the adapter stays package-private. */
public final class MailboxAdapters {

    private MailboxAdapters() {
    }

    public static MailboxPort mailboxes(DSLContext dsl) {
        return new JooqMailboxAdapter(dsl, new MailboxSeal("a test key of sufficient length"));
    }
}
