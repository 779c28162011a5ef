package io.portico.ui.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/** Issue 14 item 6: a figure read at most once per {@code fresh} however often it is scraped. */
final class Fresh<T> implements Supplier<T> {

    private final Supplier<T> source;
    private final Duration fresh;
    private final Clock clock;
    private T value;
    private Instant readAt = Instant.MIN;

    Fresh(Supplier<T> source, Duration fresh, Clock clock) {
        this.source = source;
        this.fresh = fresh;
        this.clock = clock;
    }

    @Override
    public synchronized T get() {
        Instant now = clock.instant();
        if (value == null || !now.isBefore(readAt.plus(fresh))) {
            value = source.get();
            readAt = now;
        }
        return value;
    }
}
