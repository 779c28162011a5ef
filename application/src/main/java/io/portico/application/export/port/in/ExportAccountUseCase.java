package io.portico.application.export.port.in;

import io.portico.domain.job.JobId;

/** Issue 14 item 3: a staff member exports an account they may see, as a background job. */
public interface ExportAccountUseCase {

    /**
     * @return the export (its job)
     * @throws io.portico.domain.shared.InvalidInputException on "account" when the staff member may not see it
     */
    JobId export(ExportAccountCommand command);
}
