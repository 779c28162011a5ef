package io.portico.persistence.bulk;

import io.portico.application.bulk.port.out.BulkAccessPort;
import org.jooq.DSLContext;

/** The bulk edit's adapter, for tests and tools of other packages. */
public final class BulkAdapters {

    private BulkAdapters() {
    }

    public static BulkAccessPort bulk(DSLContext dsl) {
        return new JooqBulkAccessAdapter(dsl);
    }
}
