package io.portico.application.importing.port.in;

import io.portico.domain.staff.StaffId;
import java.io.InputStream;
import java.util.Objects;

/** Issue 12 item 5: an uploaded CSV file, read as a stream (never whole) into the staging rows. */
public record StageImportCommand(StaffId by, InputStream file) {

    public StageImportCommand {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(file, "file");
    }
}
