package io.portico.persistence.throttle;

import static io.portico.persistence.jooq.Tables.ATTEMPT_COUNTER;

import io.portico.application.throttle.port.out.AttemptCounterPort;
import io.portico.domain.throttle.Attempt;
import io.portico.domain.throttle.AttemptCounter;
import io.portico.domain.throttle.AttemptRule;
import io.portico.domain.throttle.ThrottleKey;
import io.portico.persistence.shared.TransactionLock;
import java.time.Instant;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * The counters in {@code attempt_counter}. A take first takes the transaction's advisory lock of its
 * key — also when the key has no row yet — so parallel takes on one key run one after the other on
 * every node, each seeing the counter the one before stored.
 */
@Repository
class JooqAttemptCounterAdapter implements AttemptCounterPort {

    private final DSLContext dsl;

    JooqAttemptCounterAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Attempt take(ThrottleKey key, AttemptRule rule, Instant now) {
        TransactionLock.hold(dsl, key.kind().name() + " " + key.subject());
        Optional<AttemptCounter> counter = dsl.selectFrom(ATTEMPT_COUNTER).where(is(key)).fetchOptional()
                .map(row -> new AttemptCounter(row.getAttempts(), row.getLastAttemptAt(), row.getNextAllowedAt()));
        Attempt attempt = rule.take(counter, now);
        if (attempt instanceof Attempt.Allowed(AttemptCounter taken)) {
            store(key, taken);
        }
        return attempt;
    }

    private void store(ThrottleKey key, AttemptCounter counter) {
        dsl.insertInto(ATTEMPT_COUNTER)
                .set(ATTEMPT_COUNTER.KIND, key.kind().name())
                .set(ATTEMPT_COUNTER.SUBJECT, key.subject())
                .set(ATTEMPT_COUNTER.ATTEMPTS, counter.attempts())
                .set(ATTEMPT_COUNTER.LAST_ATTEMPT_AT, counter.lastAttemptAt())
                .set(ATTEMPT_COUNTER.NEXT_ALLOWED_AT, counter.nextAllowedAt())
                .onConflict(ATTEMPT_COUNTER.KIND, ATTEMPT_COUNTER.SUBJECT)
                .doUpdate()
                .set(ATTEMPT_COUNTER.ATTEMPTS, counter.attempts())
                .set(ATTEMPT_COUNTER.LAST_ATTEMPT_AT, counter.lastAttemptAt())
                .set(ATTEMPT_COUNTER.NEXT_ALLOWED_AT, counter.nextAllowedAt())
                .execute();
    }

    @Override
    public void clear(ThrottleKey key) {
        dsl.deleteFrom(ATTEMPT_COUNTER).where(is(key)).execute();
    }

    @Override
    public int forgetAttemptsBefore(Instant time) {
        return dsl.deleteFrom(ATTEMPT_COUNTER).where(ATTEMPT_COUNTER.LAST_ATTEMPT_AT.lt(time)).execute();
    }

    private static Condition is(ThrottleKey key) {
        return ATTEMPT_COUNTER.KIND.eq(key.kind().name()).and(ATTEMPT_COUNTER.SUBJECT.eq(key.subject()));
    }
}
