package io.portico.application.retention.port.out;

import java.time.Instant;

/** Issue 14, item 4: deletes records older than the firm keeps them, a bounded batch per call. */
public interface ExpiredRecordsPort {

    /** What a retention period applies to. */
    enum Kind {
        /** Access history and custom-value history entries, by when the change was made. */
        HISTORY,
        /** The outbox's rows of sent mails, by when they were sent. */
        SENT_MAIL,
        /** Staff and portal users' last sign-in times (cleared) and throttling counters, by the time of the sign-in. */
        LOGIN_ACTIVITY,
        /** Finished (done or failed) jobs with their reports, problems and files, by when they finished. */
        JOB_REPORTS
    }

    /** @return how many records went (at most {@code max}): fewer than {@code max} means none older is left */
    int deleteBefore(Kind kind, Instant cutoff, int max);
}
