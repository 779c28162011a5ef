package io.portico.application.throttle.port.out;

import io.portico.domain.throttle.Attempt;
import io.portico.domain.throttle.AttemptRule;
import io.portico.domain.throttle.ThrottleKey;
import java.time.Instant;

/** The attempt counters, shared by every node. */
public interface AttemptCounterPort {

    /**
     * Decides an attempt with the rule on the key's counter and stores the counter of an allowed one —
     * atomically: of parallel attempts on one key in their own transactions, each sees the ones before.
     */
    Attempt take(ThrottleKey key, AttemptRule rule, Instant now);

    void clear(ThrottleKey key);

    /** Removes the counters whose last attempt was before the given time. */
    int forgetAttemptsBefore(Instant time);
}
