package io.portico.domain.throttle;

import java.time.Instant;
import java.util.Objects;

/** How many attempts a key has made lately, when the last was, and when the next may come. */
public record AttemptCounter(int attempts, Instant lastAttemptAt, Instant nextAllowedAt) {

    public AttemptCounter {
        if (attempts < 1) {
            throw new IllegalArgumentException("a counter counts at least one attempt");
        }
        Objects.requireNonNull(lastAttemptAt, "lastAttemptAt");
        Objects.requireNonNull(nextAllowedAt, "nextAllowedAt");
    }
}
