package io.portico.application.job.port.in;

import io.portico.domain.job.JobId;
import io.portico.domain.staff.StaffId;
import java.util.Objects;

/** Issue 12 items 2 and 7: the report of {@code job} as {@code viewer} downloads it, in their words. */
public record DownloadJobReportCommand(StaffId viewer, JobId job, ReportWording wording) {

    public DownloadJobReportCommand {
        Objects.requireNonNull(viewer, "viewer");
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(wording, "wording");
    }
}
