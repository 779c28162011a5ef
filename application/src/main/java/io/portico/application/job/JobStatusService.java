package io.portico.application.job;

import io.portico.application.job.port.in.JobStatus;
import io.portico.application.job.port.in.JobStatusQuery;
import io.portico.application.job.port.out.JobPort;
import io.portico.domain.job.JobId;
import io.portico.domain.staff.StaffId;
import java.util.Optional;

public final class JobStatusService implements JobStatusQuery {

    private final JobPort jobs;

    public JobStatusService(JobPort jobs) {
        this.jobs = jobs;
    }

    @Override
    public Optional<JobStatus> status(StaffId viewer, JobId id) {
        return jobs.find(id).filter(job -> job.createdBy().equals(viewer))
                .map(job -> new JobStatus(job.id(), job.type(), job.state(), job.progress(), job.report()));
    }
}
