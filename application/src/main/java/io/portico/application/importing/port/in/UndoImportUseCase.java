package io.portico.application.importing.port.in;

import io.portico.domain.job.JobId;
import io.portico.domain.staff.StaffId;

/** Issue 12 item 7: taking an import back. */
public interface UndoImportUseCase {

    /**
     * Removes every account the import created (and the contacts it created that nothing else links) while
     * none of them was changed since; otherwise refuses, saying why.
     *
     * @throws io.portico.domain.shared.InvalidInputException on "job" for a job that is not this staff member's import
     */
    UndoOutcome undo(StaffId by, JobId importJob);
}
