package io.portico.application.importing.port.in;

import io.portico.domain.importing.ColumnMapping;
import io.portico.domain.importing.ImportId;
import io.portico.domain.staff.StaffId;
import java.util.Objects;

/** Issue 12 item 6: a staged file read with a mapping, nothing written but the mapping remembered. */
public record DryRunImportCommand(StaffId by, ImportId file, ColumnMapping mapping) {

    public DryRunImportCommand {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(mapping, "mapping");
    }
}
