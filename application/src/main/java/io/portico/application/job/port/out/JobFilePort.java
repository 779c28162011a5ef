package io.portico.application.job.port.out;

import io.portico.domain.job.JobId;
import io.portico.domain.shared.FileAttachment;
import java.util.List;

/** Files a job was started with (a bulk email's attachments), stored with the job rather than held in memory. */
public interface JobFilePort {

    void attach(JobId job, List<FileAttachment> files);

    /** In the order they were attached. */
    List<FileAttachment> files(JobId job);
}
