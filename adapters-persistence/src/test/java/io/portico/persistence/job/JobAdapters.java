package io.portico.persistence.job;

import io.portico.application.job.port.out.JobPort;
import org.jooq.DSLContext;

/** This package's adapters for tests of other packages; the adapters themselves stay package-private. */
public final class JobAdapters {

    private JobAdapters() {
    }

    public static JobPort jobs(DSLContext dsl) {
        return new JooqJobAdapter(dsl);
    }
}
