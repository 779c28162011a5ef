package io.portico.application.job.port.in;

import io.portico.application.job.port.JobRow;
import io.portico.domain.job.JobId;
import io.portico.domain.job.JobProblem;
import io.portico.domain.staff.StaffId;
import java.util.List;
import java.util.Optional;

/**
 * Issue 12 item 2: a job's page and its report. Someone else's job reads as not found, except for owners and
 * admins, who see every job.
 */
public interface JobReportQuery {

    Optional<JobRow> job(StaffId viewer, JobId id);

    /** Where the job stands, for its pushed progress bar; empty as {@link #job} is. */
    default Optional<JobStatus> status(StaffId viewer, JobId id) {
        return job(viewer, id).map(row -> new JobStatus(row.id(), row.type(), row.state(), row.progress(), row.report()));
    }

    /**
     * Each item the job could not do, in the order they were kept, {@code limit} (1 to 500) of them from the
     * {@code offset}th; none for a job the viewer may not see.
     */
    List<JobProblem> problems(StaffId viewer, JobId id, int offset, int limit);
}
