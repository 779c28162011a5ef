package io.portico.application.importing.port.in;

import io.portico.domain.importing.ColumnMapping;
import io.portico.domain.importing.ImportId;
import io.portico.domain.staff.StaffId;
import java.util.Objects;

/** Issue 12 item 7: the confirmed import of a staged file; its name (the uploaded file's) names the job. */
public record StartImportCommand(StaffId by, ImportId file, String fileName, ColumnMapping mapping, ImportOptions options) {

    public StartImportCommand {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(options, "options");
    }
}
