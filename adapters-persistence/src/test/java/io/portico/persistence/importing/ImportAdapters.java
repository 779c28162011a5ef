package io.portico.persistence.importing;

import io.portico.application.importing.port.out.ContactOwnersPort;
import io.portico.application.importing.port.out.ImportMappingPort;
import io.portico.application.importing.port.out.ImportStagingPort;
import io.portico.application.importing.port.out.UndoImportPort;
import io.portico.application.importing.port.out.WriteImportPort;
import org.jooq.DSLContext;

/** This package's adapters for the benchmark; the adapters themselves stay package-private (and hold no state). */
public final class ImportAdapters {

    private ImportAdapters() {
    }

    public static ImportStagingPort staging(DSLContext dsl) {
        return new JooqImportStagingAdapter(dsl);
    }

    public static ImportMappingPort mappings(DSLContext dsl) {
        return new JooqImportStagingAdapter(dsl);
    }

    public static ContactOwnersPort owners(DSLContext dsl) {
        return new JooqImportAdapter(dsl);
    }

    public static WriteImportPort writes(DSLContext dsl) {
        return new JooqImportAdapter(dsl);
    }

    public static UndoImportPort undo(DSLContext dsl) {
        return new JooqImportAdapter(dsl);
    }
}
