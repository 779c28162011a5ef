package io.portico.persistence.portal;

import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.portal.port.out.UnlinkedAccessPort;
import org.jooq.DSLContext;

/** The portal's adapters for tests of other packages. */
public final class PortalAdapters {

    private PortalAdapters() {
    }

    public static UnlinkedAccessPort unlinked(DSLContext dsl) {
        return new JooqUnlinkedAccessAdapter(dsl);
    }

    public static io.portico.application.portal.port.out.PortalAccessPort access(DSLContext dsl) {
        return new JooqPortalAccessAdapter(dsl);
    }

    public static PortalUserPort users(DSLContext dsl) {
        return new JooqPortalUserAdapter(dsl);
    }
}
