package io.portico.application.email;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * Item 3: how this node syncs — its name among the nodes, the backfill window in months, how often a mailbox is
 * polled (with IDLE: how long one wait for new mail lasts), the batch size, and how long a lease lasts unrenewed.
 */
public record EmailSyncSettings(String node, int backfillMonths, Duration pollInterval, boolean idle, int batchSize,
                                Duration lease) {

    public EmailSyncSettings {
        Objects.requireNonNull(node, "node");
        if (backfillMonths < 0 || batchSize < 1 || pollInterval.isNegative() || lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("backfill " + backfillMonths + ", batch " + batchSize + ", poll " + pollInterval
                    + ", lease " + lease);
        }
    }

    /** The oldest mail the sync reads: the backfill window back from {@code now}. */
    public Instant since(Instant now) {
        return now.atOffset(ZoneOffset.UTC).minusMonths(backfillMonths).toInstant();
    }
}
