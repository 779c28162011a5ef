package io.portico.domain.job;

import io.portico.domain.staff.StaffId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A background job run chunk by chunk under a lease (see {@link JobState} for its life). Its cursor says
 * where the next chunk starts; it moves only together with the chunk's work, so a job resumed on any node
 * neither repeats nor skips a chunk.
 */
public record Job(JobId id, JobType type, JobParameters parameters, JobState state, JobProgress progress,
                  Optional<String> cursor, Optional<Lease> lease, JobReport report, int failures,
                  StaffId createdBy, Instant createdAt, Optional<Instant> finishedAt) {

    /** A chunk that fails this many times in a row fails the job. */
    public static final int MAX_FAILURES = 3;

    public Job {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cursor, "cursor");
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        if (failures < 0) {
            throw new IllegalArgumentException("failures " + failures);
        }
    }

    public static Job queued(JobType type, JobParameters parameters, int total, StaffId by, Instant now) {
        return new Job(JobId.random(), type, parameters, JobState.QUEUED, JobProgress.of(total), Optional.empty(),
                Optional.empty(), JobReport.EMPTY, 0, by, now, Optional.empty());
    }

    /** Unfinished and held by no live lease: any node may take it. */
    public boolean leasableAt(Instant now) {
        return !state.finished() && lease.map(held -> !held.heldAt(now)).orElse(true);
    }

    public boolean heldBy(String owner, Instant now) {
        return lease.filter(held -> held.owner().equals(owner) && held.heldAt(now)).isPresent();
    }

    public Job leasedBy(String owner, Instant now, Instant until) {
        if (!leasableAt(now)) {
            throw new IllegalStateException("job " + id.value() + " is not leasable");
        }
        return new Job(id, type, parameters, JobState.RUNNING, progress, cursor, Optional.of(new Lease(owner, until)),
                report, failures, createdBy, createdAt, finishedAt);
    }

    /** The chunk's outcome is in: the cursor moves, the lease is renewed, or the job is DONE when no chunk remains. */
    public Job advanced(ChunkOutcome chunk, Instant now, Instant leaseUntil) {
        Lease held = runningLease();
        boolean done = chunk.nextCursor().isEmpty();
        return new Job(id, type, parameters, done ? JobState.DONE : JobState.RUNNING, progress.plus(chunk.items()),
                chunk.nextCursor(), done ? Optional.empty() : Optional.of(new Lease(held.owner(), leaseUntil)),
                report.plus(chunk.report()), 0, createdBy, createdAt, done ? Optional.of(now) : Optional.empty());
    }

    /**
     * A chunk failed (and was rolled back): retried from the same cursor by any node after {@code retryAt},
     * or, at the {@link #MAX_FAILURES}th failure in a row, the job is FAILED.
     */
    public Job chunkFailed(Instant now, Instant retryAt) {
        Lease held = runningLease();
        int failed = failures + 1;
        if (failed >= MAX_FAILURES) {
            return new Job(id, type, parameters, JobState.FAILED, progress, cursor, Optional.empty(), report, failed,
                    createdBy, createdAt, Optional.of(now));
        }
        return new Job(id, type, parameters, state, progress, cursor, Optional.of(new Lease(held.owner(), retryAt)),
                report, failed, createdBy, createdAt, finishedAt);
    }

    private Lease runningLease() {
        if (state != JobState.RUNNING) {
            throw new IllegalStateException("job " + id.value() + " is " + state);
        }
        return lease.orElseThrow(() -> new IllegalStateException("job " + id.value() + " has no lease"));
    }
}
