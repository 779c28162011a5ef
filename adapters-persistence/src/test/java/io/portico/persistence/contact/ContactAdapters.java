package io.portico.persistence.contact;

import io.portico.application.contact.port.out.ContactListPort;
import io.portico.application.contact.port.out.ContactPort;
import org.jooq.DSLContext;

/** This package's adapters for tests of other packages; the adapters themselves stay package-private. */
public final class ContactAdapters {

    private ContactAdapters() {
    }

    public static ContactPort contacts(DSLContext dsl) {
        return new JooqContactAdapter(dsl);
    }

    public static ContactListPort list(DSLContext dsl) {
        return new JooqContactListAdapter(dsl);
    }
}
