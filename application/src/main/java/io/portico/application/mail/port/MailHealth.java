package io.portico.application.mail.port;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Item 11: mail delivery health for admins — mails waiting in the outbox (new, or failed and due again) and
 * mails given up on (the undeliverable list on Home); issue 14 item 6: since when the oldest waiting mail waits.
 */
public record MailHealth(long queued, long failed, Optional<Instant> oldestQueuedAt) {

    public MailHealth {
        if (queued < 0 || failed < 0) {
            throw new IllegalArgumentException("queued " + queued + ", failed " + failed);
        }
        Objects.requireNonNull(oldestQueuedAt, "oldestQueuedAt");
    }

    /** How long the oldest waiting mail has waited at {@code now}; zero with nothing waiting. */
    public Duration oldestWait(Instant now) {
        return oldestQueuedAt.map(queuedAt -> Duration.between(queuedAt, now)).filter(wait -> !wait.isNegative()).orElse(Duration.ZERO);
    }
}
