package io.portico.application.email;

import io.portico.application.email.port.out.FolderCursorPort;
import io.portico.application.email.port.out.KnownAddressesPort;
import io.portico.application.email.port.out.MailboxLeasePort;
import io.portico.application.email.port.out.SyncedMailPort;
import io.portico.domain.email.FolderCursor;
import io.portico.domain.mailbox.Folder;
import io.portico.domain.mailbox.MailboxId;
import io.portico.domain.shared.EmailAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The sync's leases, cursors, the CRM's contact addresses and what newly stored mail brought, in memory. */
public class InMemoryMailSync implements MailboxLeasePort, FolderCursorPort, KnownAddressesPort, SyncedMailPort {

    private static final class Lease {
        private final Instant addedAt;
        private String owner;
        private Instant until;
        private Instant nextSyncAt = Instant.MIN;

        Lease(Instant addedAt) {
            this.addedAt = addedAt;
        }
    }

    /** A call to {@link #raiseNotices}: the messages and the time from which they raise notices. */
    public record Notices(List<UUID> messages, Instant from) {
    }

    private final Map<MailboxId, Lease> leases = new HashMap<>();
    private final Map<String, FolderCursor> cursors = new HashMap<>();
    private final Set<String> contactAddresses = new HashSet<>();
    public final List<Notices> notices = new ArrayList<>();
    public final List<List<UUID>> documents = new ArrayList<>();
    public int addressQueries;

    public synchronized void mailbox(MailboxId mailbox, Instant addedAt) {
        leases.put(mailbox, new Lease(addedAt));
    }

    public synchronized void contactAddresses(String... addresses) {
        for (String address : addresses) {
            contactAddresses.add(new EmailAddress(address).lookupKey());
        }
    }

    public synchronized Optional<Instant> nextSyncAt(MailboxId mailbox) {
        return Optional.ofNullable(leases.get(mailbox)).map(lease -> lease.nextSyncAt);
    }

    @Override
    public synchronized Optional<LeasedMailbox> leaseNext(String owner, Instant now, Instant until) {
        var due = leases.entrySet().stream()
                .filter(lease -> !lease.getValue().nextSyncAt.isAfter(now))
                .filter(lease -> lease.getValue().until == null || lease.getValue().until.isBefore(now))
                .min(Comparator.comparing(lease -> lease.getValue().nextSyncAt));
        due.ifPresent(lease -> {
            lease.getValue().owner = owner;
            lease.getValue().until = until;
        });
        return due.map(lease -> new LeasedMailbox(lease.getKey(), lease.getValue().addedAt));
    }

    @Override
    public synchronized boolean renew(MailboxId mailbox, String owner, Instant now, Instant until) {
        Lease lease = leases.get(mailbox);
        boolean held = lease != null && owner.equals(lease.owner) && lease.until != null && !lease.until.isBefore(now);
        if (held) {
            lease.until = until;
        }
        return held;
    }

    @Override
    public synchronized void release(MailboxId mailbox, String owner, Instant nextSyncAt) {
        Lease lease = leases.get(mailbox);
        if (lease != null && owner.equals(lease.owner)) {
            lease.owner = null;
            lease.until = null;
            lease.nextSyncAt = nextSyncAt;
        }
    }

    @Override
    public synchronized Optional<FolderCursor> cursor(MailboxId mailbox, Folder folder) {
        return Optional.ofNullable(cursors.get(mailbox.value() + "/" + folder));
    }

    @Override
    public synchronized void save(MailboxId mailbox, Folder folder, FolderCursor cursor) {
        cursors.put(mailbox.value() + "/" + folder, Objects.requireNonNull(cursor));
    }

    @Override
    public synchronized Set<String> known(Set<String> addressKeys) {
        addressQueries++;
        return addressKeys.stream().filter(contactAddresses::contains).collect(Collectors.toSet());
    }

    @Override
    public synchronized int raiseNotices(List<UUID> messages, Instant from, Instant now) {
        notices.add(new Notices(List.copyOf(messages), from));
        return messages.size();
    }

    @Override
    public synchronized int saveAttachments(List<UUID> messages, Instant now) {
        documents.add(List.copyOf(messages));
        return messages.size();
    }
}
