package io.portico.domain.throttle;

import java.time.Duration;

/** The throttle's answer to one attempt, given before the attempt is checked. */
public sealed interface Attempt {

    /** Go ahead; the attempt is counted as a failure until a success clears it. */
    record Allowed(AttemptCounter counter) implements Attempt {
    }

    /** Too soon after the last failures; nothing was counted. */
    record Refused(Duration retryAfter) implements Attempt {
    }

    default boolean allowed() {
        return this instanceof Allowed;
    }
}
