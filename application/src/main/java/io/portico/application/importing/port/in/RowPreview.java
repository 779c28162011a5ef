package io.portico.application.importing.port.in;

import io.portico.domain.importing.ImportedRow;
import io.portico.domain.job.JobProblem;
import java.util.Optional;

/**
 * Issue 12 item 6: one row of the dry run — as it will be imported, with the existing contact its address
 * links ({@code linkedTo}, that contact's name) — or its rejection.
 */
public record RowPreview(long row, Optional<ImportedRow> imported, Optional<String> linkedTo, Optional<JobProblem> rejection) {
}
