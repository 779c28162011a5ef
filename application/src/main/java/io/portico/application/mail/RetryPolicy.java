package io.portico.application.mail;

import java.time.Duration;

/** When to try a failed mail again: the wait doubles each time, up to a ceiling; then give up. */
public record RetryPolicy(Duration firstDelay, Duration maxDelay, int maxAttempts) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 10);

    public RetryPolicy {
        if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("invalid retry policy");
        }
    }

    public Duration delayAfter(int failedAttempts) {
        int doublings = Math.min(failedAttempts - 1, 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    public boolean exhausted(int failedAttempts) {
        return failedAttempts >= maxAttempts;
    }
}
