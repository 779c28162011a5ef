package io.portico.application.mailbox;

import io.portico.application.mailbox.port.out.MailboxHealthPort;
import io.portico.application.mailbox.port.out.MailboxPort;
import io.portico.domain.mailbox.Mailbox;
import io.portico.domain.mailbox.MailboxId;
import io.portico.domain.mailbox.SyncError;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The mailboxes and their health in memory, for use-case tests. */
public class InMemoryMailboxes implements MailboxPort, MailboxHealthPort {

    /** What the sync worker reported, in order. */
    public record Report(MailboxId mailbox, Instant at, int stored, int unmatched, Optional<SyncError> error) {
    }

    private final Map<MailboxId, Mailbox> mailboxes = new LinkedHashMap<>();
    public final List<Report> reports = new ArrayList<>();

    @Override
    public void add(Mailbox mailbox, Instant at) {
        mailboxes.put(mailbox.id(), mailbox);
    }

    @Override
    public Optional<Mailbox> find(MailboxId id) {
        return Optional.ofNullable(mailboxes.get(id));
    }

    @Override
    public List<Mailbox> all() {
        return mailboxes.values().stream().sorted(Comparator.comparing(Mailbox::name)).toList();
    }

    @Override
    public void synced(MailboxId mailbox, Instant at, int stored, int unmatched) {
        reports.add(new Report(mailbox, at, stored, unmatched, Optional.empty()));
    }

    @Override
    public void failed(MailboxId mailbox, Instant at, SyncError error) {
        reports.add(new Report(mailbox, at, 0, 0, Optional.of(error)));
    }
}
