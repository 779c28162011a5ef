package io.portico.application.job.port;

import io.portico.domain.job.JobId;
import java.time.Instant;
import java.util.Objects;

/** The last job of a page of Clients → Jobs (newest first): the next page starts right after it. */
public record JobCursor(Instant startedAt, JobId id) {

    public JobCursor {
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(id, "id");
    }
}
