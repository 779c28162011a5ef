package io.portico.application.job.port.in;

import io.portico.domain.job.JobId;
import io.portico.domain.staff.StaffId;
import java.util.Optional;

public interface JobStatusQuery {

    /** The job if the viewer started it; anyone else's job reads as not found. */
    Optional<JobStatus> status(StaffId viewer, JobId id);
}
