package io.portico.ui.config;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.portico.application.mail.port.MailHealth;
import io.portico.application.mail.port.out.OutboxFiguresPort;
import io.portico.application.mailbox.port.out.MailboxHealthPort;
import io.portico.domain.mailbox.MailboxHealth;
import io.portico.domain.mailbox.MailboxId;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Issue 14 item 6: the outbox's depth, dead mails and oldest wait (one indexed read, kept a few seconds however often
 * Prometheus scrapes) and each mailbox's sync lag, the age of its last successful pass, tagged by mailbox id.
 */
final class HealthGauges implements MeterBinder {

    private final Supplier<MailHealth> outbox;
    private final Supplier<Map<MailboxId, MailboxHealth>> mailboxes;
    private final Clock clock;
    private MultiGauge lag;

    HealthGauges(OutboxFiguresPort outbox, MailboxHealthPort mailboxes, Duration fresh, Clock clock) {
        this.outbox = new Fresh<>(outbox::figures, fresh, clock);
        this.mailboxes = new Fresh<>(mailboxes::health, fresh, clock);
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("portico.outbox.depth", outbox, figures -> figures.get().queued())
                .description("Mails waiting in the outbox, new or to be retried").register(registry);
        Gauge.builder("portico.outbox.dead", outbox, figures -> figures.get().failed())
                .description("Mails given up on").register(registry);
        Gauge.builder("portico.outbox.oldest.age", outbox, figures -> figures.get().oldestWait(clock.instant()).toSeconds())
                .description("How long the oldest waiting mail has waited").baseUnit("seconds").register(registry);
        lag = MultiGauge.builder("portico.mailsync.lag").description("Time since each mailbox's last successful sync")
                .baseUnit("seconds").register(registry);
        refreshLag();
    }

    /** Mailboxes come and go: their set is read again now and then, each one's lag at every scrape. */
    @Scheduled(fixedDelayString = "${portico.metrics.mailbox-refresh:30s}", initialDelayString = "${portico.metrics.mailbox-refresh:30s}")
    void refreshLag() {
        if (lag == null) { // not bound to a registry (yet): nothing to refresh
            return;
        }
        lag.register(mailboxes.get().entrySet().stream()
                .filter(mailbox -> mailbox.getValue().lastSuccessAt().isPresent())
                .map(mailbox -> MultiGauge.Row.of(Tags.of("mailbox", mailbox.getKey().value().toString()), () -> lagOf(mailbox.getKey())))
                .toList(), true);
    }

    /** Seconds since the mailbox's last successful pass; NaN once it is gone (Prometheus then drops the sample). */
    private double lagOf(MailboxId mailbox) {
        return Optional.ofNullable(mailboxes.get().get(mailbox)).flatMap(MailboxHealth::lastSuccessAt)
                .map(at -> (double) Duration.between(at, clock.instant()).toSeconds()).orElse(Double.NaN);
    }
}
