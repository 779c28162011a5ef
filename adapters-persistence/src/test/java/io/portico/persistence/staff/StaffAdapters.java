package io.portico.persistence.staff;

import io.portico.application.staff.port.out.StaffPort;
import org.jooq.DSLContext;

/** This package's adapters for tests of other packages; the adapters themselves stay package-private. */
public final class StaffAdapters {

    private StaffAdapters() {
    }

    public static StaffPort staff(DSLContext dsl) {
        return new JooqStaffAdapter(dsl);
    }
}
