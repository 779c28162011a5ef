package io.portico.application.job;

import java.time.Duration;
import java.util.Objects;

/**
 * A node's name among the workers, how long its lease on a job lasts without a finished chunk (longer than
 * any chunk takes), and how long a failed chunk waits before it is tried again.
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
