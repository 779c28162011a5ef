package io.portico.application.job.port.in;

import io.portico.application.job.port.JobCursor;
import io.portico.application.job.port.JobRow;
import io.portico.domain.staff.StaffId;
import java.util.List;
import java.util.Optional;

/** Issue 12 item 2: Clients → Jobs. A member sees the jobs they started; owners and admins see every job. */
public interface JobListQuery {

    /** Newest first, {@code limit} (1 to 500) jobs after {@code after}. */
    List<JobRow> page(StaffId viewer, Optional<JobCursor> after, int limit);
}
