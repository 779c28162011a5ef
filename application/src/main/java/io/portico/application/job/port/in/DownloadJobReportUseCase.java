package io.portico.application.job.port.in;

import java.io.OutputStream;

/**
 * Issue 12 items 2 and 7: a job's report as a CSV file, written as it is read, a page of problems at a time,
 * never whole in memory. For most jobs one row per problem: item, field, reason. For a job that kept its
 * input's header (an import) the rejected rows instead: the header and a reason column, then each rejected
 * row's own values and its reason, ready to fix and import again.
 */
public interface DownloadJobReportUseCase {

    /**
     * Writes the report to {@code out} and closes it.
     *
     * @throws io.portico.domain.shared.InvalidInputException on field "job" ({@code job.not-found}), before
     *                                                        anything is written, for a job the viewer may not see
     */
    void download(DownloadJobReportCommand command, OutputStream out);
}
