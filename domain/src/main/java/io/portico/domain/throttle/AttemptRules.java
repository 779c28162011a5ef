package io.portico.domain.throttle;

import java.util.Objects;

/**
 * The rules of one kind of attempt: per address, against guessing one person's secret (or flooding
 * their mailbox), and per client network address, against trying many addresses.
 */
public record AttemptRules(AttemptRule perAddress, AttemptRule perClientIp) {

    public AttemptRules {
        Objects.requireNonNull(perAddress, "perAddress");
        Objects.requireNonNull(perClientIp, "perClientIp");
    }
}
