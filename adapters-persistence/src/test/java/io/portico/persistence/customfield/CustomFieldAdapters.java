package io.portico.persistence.customfield;

import io.portico.application.customfield.port.out.CustomFieldPort;
import org.jooq.DSLContext;

/** This package's adapters for tests of other packages; the adapters themselves stay package-private. */
public final class CustomFieldAdapters {

    private CustomFieldAdapters() {
    }

    public static CustomFieldPort fields(DSLContext dsl) {
        return new JooqCustomFieldAdapter(dsl);
    }
}
