package io.portico.domain.job;

import java.util.Objects;
import java.util.Optional;

/**
 * What one chunk did: how many items it handled, their report, and where the next chunk starts
 * (empty: the job is complete).
 */
public record ChunkOutcome(int items, JobReport report, Optional<String> nextCursor) {

    public ChunkOutcome {
        if (items < 0) {
            throw new IllegalArgumentException("items " + items);
        }
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(nextCursor, "nextCursor");
    }
}
