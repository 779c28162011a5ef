package io.portico.application.export.port.in;

import io.portico.domain.job.JobId;

/** Issue 14 item 3: portal → My profile → Download my data: a client exports their own data, as a background job. */
public interface ExportMyDataUseCase {

    /** @return the export (its job) */
    JobId export(ExportMyDataCommand command);
}
