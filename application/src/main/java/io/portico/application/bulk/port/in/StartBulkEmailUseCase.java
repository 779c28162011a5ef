package io.portico.application.bulk.port.in;

import io.portico.domain.job.JobId;

/** Item 10: Clients → Accounts → More actions → Send email. */
public interface StartBulkEmailUseCase {

    /** Stores the job (with its attachments) for the workers; the page follows it by its id. */
    JobId start(StartBulkEmailCommand command);
}
