package io.portico.application.throttle;

import io.portico.application.shared.port.out.Transactions;
import io.portico.application.throttle.port.in.AttemptCommand;
import io.portico.application.throttle.port.in.ForgetIdleAttemptsUseCase;
import io.portico.application.throttle.port.in.ThrottleAttemptsUseCase;
import io.portico.application.throttle.port.out.AttemptCounterPort;
import io.portico.domain.throttle.Attempt;
import io.portico.domain.throttle.AttemptKind;
import io.portico.domain.throttle.AttemptRule;
import io.portico.domain.throttle.AttemptRules;
import io.portico.domain.throttle.ThrottleKey;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Issue 10 item 11: the client's IP is asked first, so that a refused IP leaves the address's count
 * alone; each counter is taken in a transaction of its own, as short as a row lock can be.
 */
public final class ThrottleService implements ThrottleAttemptsUseCase, ForgetIdleAttemptsUseCase {

    private final AttemptCounterPort counters;
    private final Map<AttemptKind, AttemptRules> rules;
    private final Transactions transactions;
    private final Clock clock;

    public ThrottleService(AttemptCounterPort counters, Map<AttemptKind, AttemptRules> rules, Transactions transactions, Clock clock) {
        this.counters = counters;
        this.rules = new EnumMap<>(rules);
        this.transactions = transactions;
        this.clock = clock;
        for (AttemptKind kind : AttemptKind.values()) {
            if (!this.rules.containsKey(kind)) {
                throw new IllegalArgumentException("no throttle rules for " + kind);
            }
        }
    }

    @Override
    public Attempt take(AttemptCommand command) {
        AttemptRules kindRules = rules.get(command.kind());
        Attempt byIp = take(ThrottleKey.clientIp(command.kind(), command.clientIp()), kindRules.perClientIp());
        if (byIp instanceof Attempt.Refused) {
            return byIp;
        }
        return take(ThrottleKey.address(command.kind(), command.address()), kindRules.perAddress());
    }

    private Attempt take(ThrottleKey key, AttemptRule rule) {
        return transactions.inTransaction(() -> counters.take(key, rule, clock.instant()));
    }

    @Override
    public void succeeded(AttemptKind kind, String address) {
        if (kind.clearedBySuccess()) {
            counters.clear(ThrottleKey.address(kind, address));
        }
    }

    @Override
    public int forgetIdle() {
        Duration longest = rules.values().stream()
                .flatMap(kindRules -> Stream.of(kindRules.perAddress(), kindRules.perClientIp()))
                .map(AttemptRule::forgetAfter)
                .max(Duration::compareTo)
                .orElseThrow();
        return counters.forgetAttemptsBefore(clock.instant().minus(longest));
    }
}
