package io.portico.application.job.port;

import io.portico.domain.job.JobId;
import io.portico.domain.job.JobProgress;
import io.portico.domain.job.JobReport;
import io.portico.domain.job.JobState;
import io.portico.domain.job.JobType;
import io.portico.domain.staff.StaffId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Issue 12 item 2: a job as Clients → Jobs lists it, without its parameters (a bulk email's hold thousands of
 * account ids). {@code rejectedRows}: the job kept its input's header (an import), so its report downloads as
 * the rejected rows, ready to fix and import again.
 */
public record JobRow(JobId id, JobType type, String name, StaffId startedBy, String startedByName, Instant startedAt,
                     Optional<Instant> finishedAt, JobState state, JobProgress progress, JobReport report,
                     boolean rejectedRows) {

    public JobRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(startedBy, "startedBy");
        Objects.requireNonNull(startedByName, "startedByName");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(report, "report");
    }

    /** Where the next page of the list starts. */
    public JobCursor cursor() {
        return new JobCursor(startedAt, id);
    }
}
