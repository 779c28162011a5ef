package io.portico.application.backup.port.in;

import io.portico.domain.job.JobId;
import java.util.Objects;

/** Issue 14, item 5: <i>Back up now</i> queued as a background job, or refused while another backup job is unfinished. */
public sealed interface BackupRequest {

    /** The job whose page follows the backup; its starter learns the outcome in Inbox+. */
    JobId job();

    record Queued(JobId job) implements BackupRequest {

        public Queued {
            Objects.requireNonNull(job, "job");
        }
    }

    /** A backup job is already queued or running: this one. */
    record AlreadyRunning(JobId job) implements BackupRequest {

        public AlreadyRunning {
            Objects.requireNonNull(job, "job");
        }
    }
}
