package io.portico.application.retention.port.in;

/** Issue 14, item 4: the hourly deletion of what is older than the firm keeps it. */
public interface PurgeExpiredRecordsUseCase {

    /** How many records of each kind went in one run. */
    record PurgedRecords(int history, int sentMail, int loginActivity, int jobReports) {
    }

    PurgedRecords purge();
}
