package io.portico.application.throttle.port.in;

import io.portico.domain.throttle.Attempt;
import io.portico.domain.throttle.AttemptKind;

/**
 * Issue 10 item 11: every attempt at a secret (or at a mail-sending request) asks here first, before
 * the secret is checked, on any node. An allowed attempt counts as a failure until {@link #succeeded}
 * clears it, so parallel attempts cannot slip through while the first is being checked.
 */
public interface ThrottleAttemptsUseCase {

    /** Counts the attempt against its address and its client IP, or refuses it without counting. */
    Attempt take(AttemptCommand command);

    /** The attempt was right: the address's count of this kind starts afresh (the IP's does not). */
    void succeeded(AttemptKind kind, String address);
}
