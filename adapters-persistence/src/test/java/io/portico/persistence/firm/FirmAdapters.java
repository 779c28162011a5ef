package io.portico.persistence.firm;

import io.portico.application.firm.port.out.FirmPort;
import org.jooq.DSLContext;

/** This package's adapters for tests of other packages; the adapters themselves stay package-private. */
public final class FirmAdapters {

    private FirmAdapters() {
    }

    public static FirmPort firms(DSLContext dsl) {
        return new JooqFirmAdapter(dsl);
    }
}
