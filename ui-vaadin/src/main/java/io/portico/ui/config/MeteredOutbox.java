package io.portico.ui.config;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.portico.application.mail.port.UndeliverableMail;
import io.portico.application.mail.port.out.MailOutboxPort;
import io.portico.application.mail.port.out.OutgoingMail;
import io.portico.application.mail.port.out.QueuedMail;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Issue 14 item 6: the mail dispatcher's outbox, counting what it marks sent, failed (retried) and given up. */
final class MeteredOutbox implements MailOutboxPort {

    private final MailOutboxPort outbox;
    private final Counter delivered;
    private final Counter retried;
    private final Counter givenUp;

    MeteredOutbox(MailOutboxPort outbox, MeterRegistry registry) {
        this.outbox = outbox;
        this.delivered = Counter.builder("portico.mail.deliveries").description("Mails handed to the mail server").register(registry);
        this.retried = failures(registry, "retry");
        this.givenUp = failures(registry, "dead");
    }

    private static Counter failures(MeterRegistry registry, String outcome) {
        return Counter.builder("portico.mail.failures").description("Mails the mail server refused or could not take")
                .tag("outcome", outcome).register(registry);
    }

    @Override
    public UUID enqueue(OutgoingMail mail, Instant now) {
        return outbox.enqueue(mail, now);
    }

    @Override
    public List<UUID> enqueueAll(List<OutgoingMail> mails, Instant now) {
        return outbox.enqueueAll(mails, now);
    }

    @Override
    public List<QueuedMail> claimDue(Instant now, int limit) {
        return outbox.claimDue(now, limit);
    }

    @Override
    public void markSent(UUID id, Instant now) {
        outbox.markSent(id, now);
        delivered.increment();
    }

    @Override
    public void markSent(Collection<UUID> ids, Instant now) {
        outbox.markSent(ids, now);
        delivered.increment(ids.size());
    }

    @Override
    public void markFailed(UUID id, int failedAttempts, Instant nextAttemptAt, String error) {
        outbox.markFailed(id, failedAttempts, nextAttemptAt, error);
        retried.increment();
    }

    @Override
    public void markDead(UUID id, int failedAttempts, String error) {
        outbox.markDead(id, failedAttempts, error);
        givenUp.increment();
    }

    @Override
    public List<UndeliverableMail> undeliverable(int limit) {
        return outbox.undeliverable(limit);
    }

    @Override
    public int deleteSentBefore(Instant before) {
        return outbox.deleteSentBefore(before);
    }
}
