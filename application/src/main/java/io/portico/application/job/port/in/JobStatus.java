package io.portico.application.job.port.in;

import io.portico.domain.job.JobId;
import io.portico.domain.job.JobProgress;
import io.portico.domain.job.JobReport;
import io.portico.domain.job.JobState;
import io.portico.domain.job.JobType;

/** Where a job stands, for the page that started it. */
public record JobStatus(JobId id, JobType type, JobState state, JobProgress progress, JobReport report) {
}
