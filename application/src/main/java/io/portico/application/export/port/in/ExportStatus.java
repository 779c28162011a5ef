package io.portico.application.export.port.in;

import io.portico.domain.export.ExportState;
import io.portico.domain.job.JobId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** An export as its requester's page shows it: building, ready (until {@code expiresAt}), expired or failed. */
public record ExportStatus(JobId export, ExportState state, Optional<Instant> expiresAt, long size) {

    public ExportStatus {
        Objects.requireNonNull(export, "export");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
