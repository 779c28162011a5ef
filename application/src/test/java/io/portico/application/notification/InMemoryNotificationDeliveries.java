package io.portico.application.notification;

import io.portico.application.account.port.out.AccountArchivePort;
import io.portico.application.mail.InMemoryMailOutbox;
import io.portico.application.notification.port.out.NotificationDeliveryPort;
import io.portico.application.notification.port.out.NotificationDigestPort;
import io.portico.domain.account.AccountId;
import io.portico.domain.shared.EmailAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Deliveries and digest items in memory; a delivery's status is read from the in-memory outbox. */
public final class InMemoryNotificationDeliveries implements NotificationDeliveryPort, NotificationDigestPort {

    private static final class Row {
        final UUID id = UUID.randomUUID();
        final Optional<UUID> reference;
        final AccountId account;
        final EmailAddress to;
        final Optional<HeldNotification> held;
        UUID mail;

        Row(Optional<UUID> reference, AccountId account, EmailAddress to, Optional<HeldNotification> held, UUID mail) {
            this.reference = reference;
            this.account = account;
            this.to = to;
            this.held = held;
            this.mail = mail;
        }
    }

    private final InMemoryMailOutbox outbox;
    /** Issue 14, item 1: an archived account's digest items wait until it is restored. */
    private final AccountArchivePort archive;
    private final List<Row> rows = new ArrayList<>();

    public InMemoryNotificationDeliveries(InMemoryMailOutbox outbox, AccountArchivePort archive) {
        this.outbox = outbox;
        this.archive = archive;
    }

    @Override
    public synchronized void recordSent(List<SentNotification> sent) {
        sent.forEach(s -> rows.add(new Row(Optional.of(s.reference()), s.account(), s.to(), Optional.empty(), s.mail())));
    }

    @Override
    public synchronized List<Delivered> deliveries(UUID reference) {
        return rows.stream().filter(r -> r.reference.equals(Optional.of(reference)))
                .map(r -> new Delivered(r.account, r.to, state(r))).toList();
    }

    private MailState state(Row row) {
        return row.mail == null ? MailState.HELD : outbox.status(row.mail).map(MailState::valueOf).orElse(MailState.PURGED);
    }

    @Override
    public synchronized void hold(List<HeldNotification> held) {
        held.forEach(h -> rows.add(new Row(h.reference(), h.account(), h.to(), Optional.of(h), null)));
    }

    @Override
    public synchronized List<Digest> claim(Instant before, int addresses) {
        Map<String, List<Row>> byAddress = new LinkedHashMap<>();
        rows.stream().filter(r -> r.held.isPresent() && r.mail == null && !r.held.get().raisedAt().isAfter(before))
                .filter(r -> archive.archivedAt(r.account).isEmpty())
                .sorted(Comparator.comparing((Row r) -> r.held.get().raisedAt()))
                .forEach(r -> byAddress.computeIfAbsent(r.to.lookupKey(), key -> new ArrayList<>()).add(r));
        return byAddress.values().stream().limit(addresses).map(InMemoryNotificationDeliveries::digest).toList();
    }

    private static Digest digest(List<Row> items) {
        Row latest = items.getLast();
        return new Digest(latest.to, latest.held.orElseThrow().language(),
                items.stream().map(r -> new HeldItem(r.id, r.held.orElseThrow())).toList());
    }

    @Override
    public synchronized void sent(List<UUID> items, UUID mail) {
        rows.stream().filter(r -> items.contains(r.id)).forEach(r -> r.mail = mail);
    }
}
