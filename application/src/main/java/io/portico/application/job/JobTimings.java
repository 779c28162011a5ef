package io.portico.application.job;

import java.time.Duration;
import java.util.Objects;

/**
 * A node's name among the workers, how long its lease on a job lasts without a finished chunk, and how long a failed
 * chunk waits before it is tried again. A chunk may outlast the lease (an export's ZIP, a backup): its transaction
 * holds the job's row, which no other node's {@code leaseNext} takes; the lease only frees the job of a dead node.
 */
public record JobTimings(String node, Duration lease, Duration retryDelay) {

    public JobTimings {
        Objects.requireNonNull(node, "node");
        if (node.isBlank()) {
            throw new IllegalArgumentException("node");
        }
        if (lease.isNegative() || lease.isZero() || retryDelay.isNegative()) {
            throw new IllegalArgumentException("lease " + lease + ", retry delay " + retryDelay);
        }
    }
}
