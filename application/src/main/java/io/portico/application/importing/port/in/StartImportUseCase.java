package io.portico.application.importing.port.in;

import io.portico.domain.job.JobId;

/** Issue 12 item 7: the import runs as a background job; the page follows it by its id. */
public interface StartImportUseCase {

    /** @throws io.portico.domain.shared.InvalidInputException on "file" for a file this staff member did not stage */
    JobId start(StartImportCommand command);
}
