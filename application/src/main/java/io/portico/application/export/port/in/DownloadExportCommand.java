package io.portico.application.export.port.in;

import io.portico.domain.export.ExportRequester;
import io.portico.domain.job.JobId;
import java.util.Objects;

/** Who downloads which export: checked again against who asked for it. */
public record DownloadExportCommand(ExportRequester requester, JobId export) {

    public DownloadExportCommand {
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(export, "export");
    }
}
