package io.portico.domain.job;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one chunk did: how many items it handled, their report, the items it could not do (each with its
 * reason), and where the next chunk starts (empty: the job is complete).
 */
public record ChunkOutcome(int items, JobReport report, List<JobProblem> problems, Optional<String> nextCursor) {

    public ChunkOutcome(int items, JobReport report, Optional<String> nextCursor) {
        this(items, report, List.of(), nextCursor);
    }

    public ChunkOutcome {
        if (items < 0) {
            throw new IllegalArgumentException("items " + items);
        }
        Objects.requireNonNull(report, "report");
        problems = List.copyOf(problems);
        Objects.requireNonNull(nextCursor, "nextCursor");
    }
}
