package io.portico.application.retention.port.in;

import io.portico.domain.retention.Retention;
import io.portico.domain.staff.StaffId;
import java.util.Objects;

/** Issue 14, item 4: the retention periods an owner or admin saves. */
public record ChangeRetentionCommand(StaffId actor, Retention retention) {

    public ChangeRetentionCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(retention, "retention");
    }

    /** From the form's raw values; an empty field is refused on that field as out of range. */
    public static ChangeRetentionCommand of(StaffId actor, Integer historyDays, Integer sentMailDays, Integer loginActivityDays,
                                            Integer jobReportsDays) {
        return new ChangeRetentionCommand(actor, new Retention(orZero(historyDays), orZero(sentMailDays), orZero(loginActivityDays),
                orZero(jobReportsDays)));
    }

    private static int orZero(Integer days) {
        return days == null ? 0 : days;
    }
}
