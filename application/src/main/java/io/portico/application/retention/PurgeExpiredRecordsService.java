package io.portico.application.retention;

import io.portico.application.retention.port.in.PurgeExpiredRecordsUseCase;
import io.portico.application.retention.port.in.RetentionQuery;
import io.portico.application.retention.port.out.ExpiredRecordsPort;
import io.portico.application.retention.port.out.ExpiredRecordsPort.Kind;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.retention.Retention;
import java.time.Clock;
import java.time.Instant;

/**
 * Issue 14, item 4: deletes what is older than the firm keeps it, kind by kind, in batches of a bounded size, each
 * its own short transaction: a first run after years, or after shortening a period, never holds long locks.
 * Deleting twice is harmless, so every node may run it.
 */
public final class PurgeExpiredRecordsService implements PurgeExpiredRecordsUseCase {

    private final RetentionQuery retention;
    private final ExpiredRecordsPort records;
    private final Transactions transactions;
    private final Clock clock;
    private final int batchSize;

    public PurgeExpiredRecordsService(RetentionQuery retention, ExpiredRecordsPort records, Transactions transactions, Clock clock,
                                      int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("a batch holds at least one record, not " + batchSize);
        }
        this.retention = retention;
        this.records = records;
        this.transactions = transactions;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    @Override
    public PurgedRecords purge() {
        Retention periods = retention.retention();
        Instant now = clock.instant();
        return new PurgedRecords(
                purge(Kind.HISTORY, now.minus(periods.history())),
                purge(Kind.SENT_MAIL, now.minus(periods.sentMail())),
                purge(Kind.LOGIN_ACTIVITY, now.minus(periods.loginActivity())),
                purge(Kind.JOB_REPORTS, now.minus(periods.jobReports())));
    }

    private int purge(Kind kind, Instant cutoff) {
        int total = 0;
        int deleted;
        do {
            deleted = transactions.inTransaction(() -> records.deleteBefore(kind, cutoff, batchSize));
            total += deleted;
        } while (deleted == batchSize);
        return total;
    }
}
