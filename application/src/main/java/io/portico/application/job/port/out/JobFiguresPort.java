package io.portico.application.job.port.out;

import io.portico.application.job.port.JobFigures;
import java.time.Instant;

/** Issue 14 item 7: every job counted by state, in one statement over partial indexes. */
public interface JobFiguresPort {

    /** @param failedSince only the jobs that failed at or after this moment count as failed */
    JobFigures figures(Instant failedSince);
}
