package io.portico.domain.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A growing delay rather than a lock (issue 10 item 11): the first {@code freeAttempts} go through at
 * once; after that each attempt makes the next wait twice as long as the last, from {@code firstDelay}
 * up to {@code maxDelay} — so a guesser slows to a crawl and the owner still gets in after a wait.
 * A key quiet for {@code forgetAfter} starts afresh.
 */
public record AttemptRule(int freeAttempts, Duration firstDelay, Duration maxDelay, Duration forgetAfter) {

    /** After 30 doublings (2^30 times the first delay) the maximum holds whatever it is; the shift stops there. */
    private static final int MAX_DOUBLINGS = 30;

    public AttemptRule {
        if (freeAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt must go through");
        }
        requirePositive(firstDelay, "firstDelay");
        requirePositive(forgetAfter, "forgetAfter");
        if (Objects.requireNonNull(maxDelay, "maxDelay").compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("maxDelay below firstDelay");
        }
    }

    /** How long the next attempt must wait after this many counted attempts. */
    public Duration delayAfter(int attempts) {
        int doublings = attempts - freeAttempts;
        if (doublings < 0) {
            return Duration.ZERO;
        }
        if (doublings >= MAX_DOUBLINGS) {
            return maxDelay;
        }
        return Collections.min(List.of(firstDelay.multipliedBy(1L << doublings), maxDelay));
    }

    /** Decides an attempt at {@code now} on the key's counter, if it has one. */
    public Attempt take(Optional<AttemptCounter> counter, Instant now) {
        int previous = counter.filter(c -> now.isBefore(c.lastAttemptAt().plus(forgetAfter))).map(AttemptCounter::attempts).orElse(0);
        if (previous > 0 && now.isBefore(counter.get().nextAllowedAt())) {
            return new Attempt.Refused(Duration.between(now, counter.get().nextAllowedAt()));
        }
        int attempts = previous + 1;
        return new Attempt.Allowed(new AttemptCounter(attempts, now, now.plus(delayAfter(attempts))));
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
