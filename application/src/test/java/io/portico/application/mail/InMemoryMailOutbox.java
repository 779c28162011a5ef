package io.portico.application.mail;

import io.portico.application.mail.port.UndeliverableMail;
import io.portico.application.mail.port.MailHealth;
import io.portico.application.mail.port.out.MailOutboxPort;
import io.portico.application.mail.port.out.OutboxFiguresPort;
import io.portico.application.mail.port.out.OutgoingMail;
import io.portico.application.mail.port.out.QueuedMail;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

public final class InMemoryMailOutbox implements MailOutboxPort, OutboxFiguresPort {

    private enum Status { PENDING, SENT, DEAD }

    private static final class Row {
        final UUID id = UUID.randomUUID();
        final OutgoingMail mail;
        final Instant queuedAt;
        Status status = Status.PENDING;
        int failedAttempts;
        Instant nextAttemptAt;
        Instant sentAt;
        String lastError;

        Row(OutgoingMail mail, Instant queuedAt) {
            this.mail = mail;
            this.queuedAt = queuedAt;
            this.nextAttemptAt = queuedAt;
        }
    }

    private final List<Row> rows = new ArrayList<>();

    @Override
    public synchronized UUID enqueue(OutgoingMail mail, Instant now) {
        Row row = new Row(mail, now);
        rows.add(row);
        return row.id;
    }

    @Override
    public synchronized List<UUID> enqueueAll(List<OutgoingMail> mails, Instant now) {
        return mails.stream().map(mail -> enqueue(mail, now)).toList();
    }

    @Override
    public synchronized List<QueuedMail> claimDue(Instant now, int limit) {
        return rows.stream()
                .filter(r -> r.status == Status.PENDING && !r.nextAttemptAt.isAfter(now))
                .sorted(Comparator.comparing((Row r) -> r.nextAttemptAt))
                .limit(limit)
                .map(r -> new QueuedMail(r.id, r.mail, r.failedAttempts))
                .toList();
    }

    @Override
    public synchronized void markSent(UUID id, Instant now) {
        Row row = row(id);
        row.status = Status.SENT;
        row.sentAt = now;
    }

    @Override
    public synchronized void markFailed(UUID id, int failedAttempts, Instant nextAttemptAt, String error) {
        Row row = row(id);
        row.failedAttempts = failedAttempts;
        row.nextAttemptAt = nextAttemptAt;
        row.lastError = error;
    }

    @Override
    public synchronized void markDead(UUID id, int failedAttempts, String error) {
        Row row = row(id);
        row.status = Status.DEAD;
        row.failedAttempts = failedAttempts;
        row.lastError = error;
    }

    @Override
    public synchronized List<UndeliverableMail> undeliverable(int limit) {
        return rows.stream().filter(r -> r.status == Status.DEAD)
                .sorted(Comparator.comparing((Row r) -> r.queuedAt).reversed())
                .limit(limit)
                .map(r -> new UndeliverableMail(r.id, r.mail.to().value(), r.mail.subject(), r.failedAttempts, r.lastError, r.queuedAt))
                .toList();
    }

    @Override
    public synchronized int deleteSentBefore(Instant before) {
        int size = rows.size();
        rows.removeIf(r -> r.status == Status.SENT && r.sentAt.isBefore(before));
        return size - rows.size();
    }

    /** Item 1: whether mail waits to be sent through the mailbox (a mailbox with such mail is not removed). */
    public synchronized boolean hasUnsent(io.portico.domain.mailbox.MailboxId mailbox) {
        return rows.stream().anyMatch(r -> r.status == Status.PENDING
                && r.mail.envelope().filter(e -> e.mailbox().equals(mailbox)).isPresent());
    }

    /** Every mail queued and not deleted, whatever became of it; the bodies stay readable for tests. */
    public synchronized List<OutgoingMail> queued() {
        return rows.stream().map(r -> r.mail).toList();
    }

    /** How the mail stands: PENDING, SENT or DEAD; nothing once deleted. */
    public synchronized java.util.Optional<String> status(UUID id) {
        return rows.stream().filter(r -> r.id.equals(id)).findFirst().map(r -> r.status.name());
    }

    private Row row(UUID id) {
        return rows.stream().filter(r -> r.id.equals(id)).findFirst().orElseThrow();
    }

    @Override
    public synchronized MailHealth figures() {
        return new MailHealth(rows.stream().filter(r -> r.status == Status.PENDING).count(),
                rows.stream().filter(r -> r.status == Status.DEAD).count(),
                rows.stream().filter(r -> r.status == Status.PENDING).map(r -> r.queuedAt).min(Comparator.naturalOrder()));
    }
}
