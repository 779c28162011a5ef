package io.portico.persistence.access;

import io.portico.application.access.port.out.LoadAccessPort;
import io.portico.application.access.port.out.SaveAccessPort;
import org.jooq.DSLContext;

/**
 * This package's adapter for tests and benchmarks of other packages: turning one address's toggle is
 * {@code load(dsl).load(account)}, {@code AccountAccess.turn(…)}, then {@code save(dsl).save(…)}.
 */
public final class AccessAdapters {

    private AccessAdapters() {
    }

    public static LoadAccessPort load(DSLContext dsl) {
        return new JooqAccessAdapter(dsl);
    }

    public static SaveAccessPort save(DSLContext dsl) {
        return new JooqAccessAdapter(dsl);
    }
}
