package io.portico.persistence.link;

import io.portico.application.link.port.out.MailedLinkPort;
import org.jooq.DSLContext;

/** This package's adapter for tests of other packages; the adapter itself stays package-private. */
public final class LinkAdapters {

    private LinkAdapters() {
    }

    public static MailedLinkPort links(DSLContext dsl) {
        return new JooqMailedLinkAdapter(dsl);
    }
}
