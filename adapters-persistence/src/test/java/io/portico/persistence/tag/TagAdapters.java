package io.portico.persistence.tag;

import io.portico.application.tag.port.out.TagPort;
import org.jooq.DSLContext;

/** This package's adapters for tests of other packages; the adapters themselves stay package-private. */
public final class TagAdapters {

    private TagAdapters() {
    }

    public static TagPort tags(DSLContext dsl) {
        return new JooqTagAdapter(dsl);
    }
}
