package io.portico.persistence.mail;

import io.portico.application.mail.port.out.MailOutboxPort;
import org.jooq.DSLContext;

/** The mail adapters for tests of other packages. */
public final class MailAdapters {

    private MailAdapters() {
    }

    public static MailOutboxPort outbox(DSLContext dsl) {
        return new JooqMailOutboxAdapter(dsl);
    }
}
