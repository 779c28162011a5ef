package io.portico.application.email;

import io.portico.application.email.port.out.EmailStorePort;
import io.portico.domain.email.MailMessage;
import io.portico.domain.email.Subjects;
import io.portico.domain.email.Threading;
import io.portico.domain.email.Threading.Candidate;
import io.portico.domain.email.Threading.Threaded;
import io.portico.domain.mailbox.MailboxId;
import io.portico.domain.shared.EmailAddress;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The kept mail in memory, threaded by the same rule as the jOOQ store; for use-case tests. */
public class InMemoryEmailStore implements EmailStorePort {

    /** A kept message: its id, thread and the mailbox it was first read from. */
    public record Kept(UUID id, UUID thread, MailboxId mailbox, MailMessage message) {
    }

    /** A thread's figures. */
    public record Thread(UUID id, Instant lastMessageAt, int messageCount) {
    }

    private final Map<String, Kept> byMessageId = new LinkedHashMap<>();
    private final Set<String> firmAddresses = new HashSet<>();

    /** A firm mailbox's address: shared by all its mail, so it never threads by subject. */
    public synchronized void firmAddress(EmailAddress address) {
        firmAddresses.add(address.lookupKey());
    }

    @Override
    public synchronized List<UUID> storeAll(MailboxId mailbox, List<MailMessage> messages, Instant now) {
        var fresh = new LinkedHashMap<String, MailMessage>();
        messages.stream().filter(message -> !byMessageId.containsKey(message.messageId()))
                .forEach(message -> fresh.putIfAbsent(message.messageId(), message));
        var threading = new Threading(byMessageId.values().stream().collect(Collectors.toMap(kept -> kept.message().messageId(), Kept::thread)),
                candidates(), firmAddresses, UUID::randomUUID);
        var ids = new HashMap<String, UUID>();
        for (Threaded threaded : threading.thread(List.copyOf(fresh.values()))) {
            var kept = new Kept(UUID.randomUUID(), threaded.thread(), mailbox, threaded.message());
            byMessageId.put(threaded.message().messageId(), kept);
            ids.put(threaded.message().messageId(), kept.id());
        }
        return fresh.keySet().stream().map(ids::get).toList();
    }

    public synchronized Collection<Kept> messages() {
        return List.copyOf(byMessageId.values());
    }

    public synchronized Optional<Kept> message(String messageId) {
        return Optional.ofNullable(byMessageId.get(messageId));
    }

    public synchronized Optional<Thread> thread(UUID id) {
        List<Kept> in = byMessageId.values().stream().filter(kept -> kept.thread().equals(id)).toList();
        return in.stream().findFirst().map(first -> new Thread(id,
                in.stream().map(kept -> kept.message().sentAt()).max(Instant::compareTo).orElseThrow(), in.size()));
    }

    /** Every thread as the jOOQ store keeps it: the subject it started with, its last message, all its addresses. */
    private List<Candidate> candidates() {
        var byThread = byMessageId.values().stream().collect(Collectors.groupingBy(Kept::thread, LinkedHashMap::new, Collectors.toList()));
        return byThread.entrySet().stream().map(thread -> {
            var parties = new HashSet<String>();
            thread.getValue().forEach(kept -> parties.addAll(kept.message().addressKeys()));
            parties.removeAll(firmAddresses);
            return new Candidate(thread.getKey(), Subjects.normalise(thread.getValue().getFirst().message().subject()),
                    thread(thread.getKey()).orElseThrow().lastMessageAt(), parties);
        }).toList();
    }
}
