package io.portico.persistence.erasure;

import io.portico.application.erasure.port.out.ErasePort;
import io.portico.application.erasure.port.out.ErasureScopePort;
import org.jooq.DSLContext;

/** This package's adapter for tests and tools of other packages; the adapter itself stays package-private. */
public final class ErasureAdapters {

    private ErasureAdapters() {
    }

    public static ErasePort erase(DSLContext dsl) {
        return new JooqErasureAdapter(dsl);
    }

    public static ErasureScopePort scope(DSLContext dsl) {
        return new JooqErasureAdapter(dsl);
    }
}
