package io.portico.application.mailbox;

import io.portico.application.mailbox.port.out.MailboxHealthPort;
import io.portico.application.mailbox.port.out.MailboxPort;
import io.portico.domain.mailbox.Mailbox;
import io.portico.domain.mailbox.MailboxHealth;
import io.portico.domain.mailbox.MailboxId;
import io.portico.domain.mailbox.SyncError;
import io.portico.domain.shared.InvalidInputException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** The mailboxes and their health in memory, for use-case tests. */
public class InMemoryMailboxes implements MailboxPort, MailboxHealthPort {

    /** What the sync worker reported, in order. */
    public record Report(MailboxId mailbox, Instant at, int stored, int unmatched, Optional<SyncError> error) {
    }

    private final Map<MailboxId, Mailbox> mailboxes = new LinkedHashMap<>();
    private final Map<MailboxId, MailboxHealth> health = new LinkedHashMap<>();
    private final Map<MailboxId, Instant> noticed = new LinkedHashMap<>();
    private final Predicate<MailboxId> unsentMail;
    public final List<Report> reports = new ArrayList<>();

    public InMemoryMailboxes() {
        this(mailbox -> false);
    }

    /** @param unsentMail whether the outbox still has mail to send through a mailbox (e.g. InMemoryMailOutbox::hasUnsent) */
    public InMemoryMailboxes(Predicate<MailboxId> unsentMail) {
        this.unsentMail = unsentMail;
    }

    @Override
    public synchronized void add(Mailbox mailbox, Instant at) {
        refuseTakenAddress(mailbox);
        mailboxes.put(mailbox.id(), mailbox);
    }

    @Override
    public synchronized void update(Mailbox mailbox) {
        if (!mailboxes.containsKey(mailbox.id())) {
            throw new InvalidInputException("mailbox", "mailbox.not-found");
        }
        refuseTakenAddress(mailbox);
        mailboxes.put(mailbox.id(), mailbox);
    }

    private void refuseTakenAddress(Mailbox mailbox) {
        boolean taken = mailboxes.values().stream()
                .anyMatch(other -> !other.id().equals(mailbox.id()) && other.address().lookupKey().equals(mailbox.address().lookupKey()));
        if (taken) {
            throw new InvalidInputException("mailboxAddress", "mailbox.address-taken", mailbox.address().value());
        }
    }

    @Override
    public synchronized void remove(MailboxId id) {
        if (unsentMail.test(id)) {
            throw new InvalidInputException("mailbox", "mailbox.unsent-mail");
        }
        mailboxes.remove(id);
        health.remove(id);
        noticed.remove(id);
    }

    @Override
    public synchronized Optional<Mailbox> find(MailboxId id) {
        return Optional.ofNullable(mailboxes.get(id));
    }

    @Override
    public synchronized List<Mailbox> all() {
        return mailboxes.values().stream().sorted(Comparator.comparing(Mailbox::name)).toList();
    }

    @Override
    public synchronized void synced(MailboxId mailbox, Instant at, int stored, int unmatched) {
        reports.add(new Report(mailbox, at, stored, unmatched, Optional.empty()));
        MailboxHealth was = health(mailbox);
        health.put(mailbox, new MailboxHealth(Optional.of(at), was.messagesSynced() + stored, was.messagesUnmatched() + unmatched,
                Optional.empty(), Optional.empty()));
        noticed.remove(mailbox);
    }

    @Override
    public synchronized void failed(MailboxId mailbox, Instant at, SyncError error) {
        reports.add(new Report(mailbox, at, 0, 0, Optional.of(error)));
        MailboxHealth was = health(mailbox);
        health.put(mailbox, new MailboxHealth(was.lastSuccessAt(), was.messagesSynced(), was.messagesUnmatched(), Optional.of(error),
                Optional.of(was.failingSince().orElse(at))));
    }

    private MailboxHealth health(MailboxId mailbox) {
        return health.getOrDefault(mailbox, MailboxHealth.NEW);
    }

    @Override
    public synchronized Map<MailboxId, MailboxHealth> health() {
        Map<MailboxId, MailboxHealth> all = new LinkedHashMap<>();
        mailboxes.keySet().forEach(id -> all.put(id, health(id)));
        return all;
    }

    @Override
    public synchronized List<FailingMailbox> failingUnnoticedSince(Instant since) {
        return all().stream()
                .filter(m -> !noticed.containsKey(m.id()))
                .filter(m -> health(m.id()).failingSince().filter(at -> at.isBefore(since)).isPresent())
                .map(m -> new FailingMailbox(m.id(), m.name(), health(m.id()).lastError().orElseThrow(), health(m.id()).failingSince().orElseThrow()))
                .toList();
    }

    @Override
    public synchronized boolean noticed(MailboxId mailbox, Instant at) {
        if (!health(mailbox).failing() || noticed.containsKey(mailbox)) {
            return false;
        }
        noticed.put(mailbox, at);
        return true;
    }
}
