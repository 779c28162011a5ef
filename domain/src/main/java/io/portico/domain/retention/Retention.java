package io.portico.domain.retention;

import io.portico.domain.shared.InvalidInputException;
import java.time.Duration;

/**
 * Issue 14, item 4: how many days the firm keeps each kind of record before housekeeping deletes it. Each has
 * a floor (history stays a year at least: the firm must answer for recent changes) and a ceiling of 100 years.
 *
 * @param historyDays      access and custom-value history
 * @param sentMailDays     the outbox's record of mails sent (recipient, subject, times)
 * @param loginActivityDays the last sign-in times of staff and portal users
 * @param jobReportsDays   finished jobs with their reports, problems and files
 */
public record Retention(int historyDays, int sentMailDays, int loginActivityDays, int jobReportsDays) {

    public static final int MAX_DAYS = 36_500;
    static final int MIN_HISTORY_DAYS = 365;
    static final int MIN_LOGIN_ACTIVITY_DAYS = 30;

    /** The documented defaults: history 10 years, sent mail 30 days, login activity a year, job reports 90 days. */
    public static Retention defaults(int sentMailDays) {
        return new Retention(3650, sentMailDays, 365, 90);
    }

    public Retention {
        requireWithin("retentionHistoryDays", historyDays, MIN_HISTORY_DAYS);
        requireWithin("retentionSentMailDays", sentMailDays, 1);
        requireWithin("retentionLoginActivityDays", loginActivityDays, MIN_LOGIN_ACTIVITY_DAYS);
        requireWithin("retentionJobReportsDays", jobReportsDays, 1);
    }

    private static void requireWithin(String field, int days, int min) {
        if (days < min || days > MAX_DAYS) {
            throw new InvalidInputException(field, "input.out-of-range", min, MAX_DAYS);
        }
    }

    public Duration history() {
        return Duration.ofDays(historyDays);
    }

    public Duration sentMail() {
        return Duration.ofDays(sentMailDays);
    }

    public Duration loginActivity() {
        return Duration.ofDays(loginActivityDays);
    }

    public Duration jobReports() {
        return Duration.ofDays(jobReportsDays);
    }
}
