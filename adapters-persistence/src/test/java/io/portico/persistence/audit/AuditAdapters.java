package io.portico.persistence.audit;

import io.portico.application.audit.port.out.AccessAuditPort;
import org.jooq.DSLContext;

/** This package's adapters for tests of other packages; the adapters themselves stay package-private. */
public final class AuditAdapters {

    private AuditAdapters() {
    }

    public static AccessAuditPort audit(DSLContext dsl) {
        return new JooqAccessAuditAdapter(dsl);
    }
}
