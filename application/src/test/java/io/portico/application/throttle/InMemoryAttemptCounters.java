package io.portico.application.throttle;

import io.portico.application.throttle.port.out.AttemptCounterPort;
import io.portico.domain.throttle.Attempt;
import io.portico.domain.throttle.AttemptCounter;
import io.portico.domain.throttle.AttemptRule;
import io.portico.domain.throttle.ThrottleKey;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The counters in a map; one lock makes each take atomic, as the row lock does in PostgreSQL. */
public final class InMemoryAttemptCounters implements AttemptCounterPort {

    private final Map<ThrottleKey, AttemptCounter> counters = new HashMap<>();

    @Override
    public synchronized Attempt take(ThrottleKey key, AttemptRule rule, Instant now) {
        Attempt attempt = rule.take(Optional.ofNullable(counters.get(key)), now);
        if (attempt instanceof Attempt.Allowed allowed) {
            counters.put(key, allowed.counter());
        }
        return attempt;
    }

    @Override
    public synchronized void clear(ThrottleKey key) {
        counters.remove(key);
    }

    @Override
    public synchronized int forgetAttemptsBefore(Instant time) {
        int before = counters.size();
        counters.values().removeIf(counter -> counter.lastAttemptAt().isBefore(time));
        return before - counters.size();
    }
}
