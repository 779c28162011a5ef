package io.portico.application.bulk.port.in;

import io.portico.domain.job.JobId;

/** E3, item 4: the user confirmed the preview; the edit runs as a BULK_ACCESS job. */
public interface StartBulkAccessUseCase {

    /** Stores the job for the workers; the page follows it by its id. Refused unless the user may edit accounts. */
    JobId start(BulkAccessCommand command);
}
