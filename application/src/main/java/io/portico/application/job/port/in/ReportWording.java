package io.portico.application.job.port.in;

import io.portico.domain.job.JobProblem;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The words of a downloaded report in the reader's language, given by the screen that translates them.
 *
 * @param header the report's columns: item, field, reason
 * @param field the field at fault as the forms name it, empty when the whole item is
 * @param reason a problem's reason alone, for the report's reason column
 * @param locatedReason a problem's reason with its item and field ("row 5, email: …"), for the last column of
 *                      rejected rows, which have no columns of their own for them
 */
public record ReportWording(List<String> header, Function<JobProblem, String> field, Function<JobProblem, String> reason,
                            Function<JobProblem, String> locatedReason) {

    public ReportWording {
        header = List.copyOf(header);
        if (header.size() != 3) {
            throw new IllegalArgumentException("a report has three columns: " + header);
        }
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(locatedReason, "locatedReason");
    }

    /** The column rejected rows get after their own: the report's reason column. */
    public String reasonColumn() {
        return header.get(2);
    }
}
