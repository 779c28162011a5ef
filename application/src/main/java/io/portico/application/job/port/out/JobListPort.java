package io.portico.application.job.port.out;

import io.portico.application.job.port.JobCursor;
import io.portico.application.job.port.JobRow;
import io.portico.domain.job.JobId;
import io.portico.domain.staff.StaffId;
import java.util.List;
import java.util.Optional;

/** Issue 12 item 2: the stored jobs as Clients → Jobs lists them. */
public interface JobListPort {

    /**
     * Newest first (then by id, descending), {@code limit} jobs from right after {@code after}: keyset pages,
     * a deep page costs what the first does.
     *
     * @param startedBy only the jobs this member started; empty for every job
     */
    List<JobRow> page(Optional<StaffId> startedBy, Optional<JobCursor> after, int limit);

    Optional<JobRow> row(JobId id);
}
