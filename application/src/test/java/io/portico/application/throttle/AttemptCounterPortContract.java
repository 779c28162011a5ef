package io.portico.application.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.shared.port.out.Transactions;
import io.portico.application.throttle.port.out.AttemptCounterPort;
import io.portico.domain.throttle.Attempt;
import io.portico.domain.throttle.AttemptCounter;
import io.portico.domain.throttle.AttemptKind;
import io.portico.domain.throttle.AttemptRule;
import io.portico.domain.throttle.ThrottleKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What every {@link AttemptCounterPort} does; each test starts with no counters. */
public abstract class AttemptCounterPortContract {

    protected abstract AttemptCounterPort counters();

    /** Each take in its own transaction, as the throttle runs it. */
    protected abstract Transactions transactions();

    protected static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
    protected static final AttemptRule RULE = new AttemptRule(3, Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofHours(1));
    protected static final ThrottleKey ANNA = ThrottleKey.address(AttemptKind.STAFF_SIGN_IN, "anna@studio.it");

    @Test
    void issue10_11_attempts_are_counted_and_the_rule_decides_on_the_stored_counter() {
        assertThat(take(ANNA, NOW)).isEqualTo(new Attempt.Allowed(new AttemptCounter(1, NOW, NOW)));
        take(ANNA, NOW);
        assertThat(take(ANNA, NOW)).isEqualTo(new Attempt.Allowed(new AttemptCounter(3, NOW, NOW.plusSeconds(1))));
        assertThat(take(ANNA, NOW.plusMillis(250))).isEqualTo(new Attempt.Refused(Duration.ofMillis(750)));
        assertThat(take(ANNA, NOW.plusSeconds(1)))
                .isEqualTo(new Attempt.Allowed(new AttemptCounter(4, NOW.plusSeconds(1), NOW.plusSeconds(3))));
    }

    @Test
    void issue10_11_a_refused_attempt_is_not_counted() {
        IntStream.range(0, 3).forEach(i -> take(ANNA, NOW));
        take(ANNA, NOW.plusMillis(500));
        assertThat(take(ANNA, NOW.plusSeconds(1))).isEqualTo(new Attempt.Allowed(new AttemptCounter(4, NOW.plusSeconds(1),
                NOW.plusSeconds(3))));
    }

    @Test
    void issue10_11_keys_count_apart_by_kind_and_subject() {
        IntStream.range(0, 3).forEach(i -> take(ANNA, NOW));
        assertThat(take(ThrottleKey.address(AttemptKind.PORTAL_SIGN_IN, "anna@studio.it"), NOW).allowed()).isTrue();
        assertThat(take(ThrottleKey.address(AttemptKind.STAFF_SIGN_IN, "lucia@studio.it"), NOW).allowed()).isTrue();
        assertThat(take(ANNA, NOW).allowed()).isFalse();
    }

    @Test
    void issue10_11_a_cleared_key_starts_afresh() {
        IntStream.range(0, 3).forEach(i -> take(ANNA, NOW));
        counters().clear(ANNA);
        counters().clear(ThrottleKey.address(AttemptKind.STAFF_SIGN_IN, "nobody@studio.it"));
        assertThat(take(ANNA, NOW)).isEqualTo(new Attempt.Allowed(new AttemptCounter(1, NOW, NOW)));
    }

    @Test
    void counters_idle_since_before_a_time_are_forgotten() {
        ThrottleKey lucia = ThrottleKey.clientIp(AttemptKind.SIGNUP, "203.0.113.7");
        take(ANNA, NOW);
        take(lucia, NOW.plusSeconds(10));

        assertThat(counters().forgetAttemptsBefore(NOW.plusSeconds(10))).isEqualTo(1);

        assertThat(take(ANNA, NOW.plusSeconds(20))).isEqualTo(new Attempt.Allowed(new AttemptCounter(1, NOW.plusSeconds(20),
                NOW.plusSeconds(20))));
        assertThat(take(lucia, NOW.plusSeconds(20))).isEqualTo(new Attempt.Allowed(new AttemptCounter(2, NOW.plusSeconds(20),
                NOW.plusSeconds(20))));
    }

    @Test
    void issue10_11_of_parallel_attempts_on_one_address_at_most_the_free_ones_get_through() throws Exception {
        int parallel = 12;
        var ready = new CountDownLatch(parallel);
        Callable<Attempt> attempt = () -> {
            ready.countDown();
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            return take(ANNA, NOW);
        };
        ExecutorService threads = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<Attempt>> futures = IntStream.range(0, parallel).mapToObj(i -> threads.submit(attempt)).toList();
            long allowed = 0;
            for (Future<Attempt> future : futures) {
                allowed += future.get(60, TimeUnit.SECONDS).allowed() ? 1 : 0;
            }
            assertThat(allowed).isEqualTo(RULE.freeAttempts());
        } finally {
            threads.shutdownNow();
        }
    }

    private Attempt take(ThrottleKey key, Instant at) {
        return transactions().inTransaction(() -> counters().take(key, RULE, at));
    }
}
