package io.portico.application.email;

import io.portico.application.email.port.out.EmailStorePort;
import io.portico.domain.email.MailMessage;
import io.portico.domain.email.Subjects;
import io.portico.domain.mailbox.MailboxId;
import io.portico.domain.shared.EmailAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/** The kept mail in memory, threaded as the jOOQ store threads it; for use-case tests. */
public class InMemoryEmailStore implements EmailStorePort {

    /** A kept message: its id, thread and the mailbox it was first read from. */
    public record Kept(UUID id, UUID thread, MailboxId mailbox, MailMessage message) {
    }

    /** A thread's figures. */
    public record Thread(UUID id, String normalisedSubject, Instant lastMessageAt, int messageCount) {
    }

    private static final Duration SUBJECT_WINDOW = Duration.ofDays(90);

    private final Map<String, Kept> byMessageId = new LinkedHashMap<>();
    private final Set<String> firmAddresses = new HashSet<>();

    /** A firm mailbox's address: shared by all its mail, so it never threads by subject. */
    public void firmAddress(EmailAddress address) {
        firmAddresses.add(address.lookupKey());
    }

    @Override
    public synchronized List<UUID> storeAll(MailboxId mailbox, List<MailMessage> messages, Instant now) {
        var stored = new ArrayList<UUID>();
        for (MailMessage message : messages) {
            if (!byMessageId.containsKey(message.messageId())) {
                var kept = new Kept(UUID.randomUUID(), threadFor(message), mailbox, message);
                byMessageId.put(message.messageId(), kept);
                stored.add(kept.id());
            }
        }
        return stored;
    }

    public synchronized Collection<Kept> messages() {
        return List.copyOf(byMessageId.values());
    }

    public synchronized Optional<Kept> message(String messageId) {
        return Optional.ofNullable(byMessageId.get(messageId));
    }

    public synchronized Optional<Thread> thread(UUID id) {
        List<Kept> in = byMessageId.values().stream().filter(kept -> kept.thread().equals(id)).toList();
        return in.stream().findFirst().map(first -> new Thread(id, Subjects.normalise(first.message().subject()),
                in.stream().map(kept -> kept.message().sentAt()).max(Instant::compareTo).orElseThrow(), in.size()));
    }

    private UUID threadFor(MailMessage message) {
        return Stream.concat(message.inReplyTo().stream(), message.references().reversed().stream())
                .map(byMessageId::get).filter(java.util.Objects::nonNull).map(Kept::thread).findFirst()
                .or(() -> bySubject(message)).orElseGet(UUID::randomUUID);
    }

    private Optional<UUID> bySubject(MailMessage message) {
        String subject = Subjects.normalise(message.subject());
        Set<String> parties = parties(message);
        if (subject.isEmpty()) {
            return Optional.empty();
        }
        return byMessageId.values().stream()
                .filter(kept -> Subjects.normalise(kept.message().subject()).equals(subject))
                .filter(kept -> !thread(kept.thread()).orElseThrow().lastMessageAt().isBefore(message.sentAt().minus(SUBJECT_WINDOW)))
                .filter(kept -> parties(kept.message()).stream().anyMatch(parties::contains))
                .map(Kept::thread).findFirst();
    }

    private Set<String> parties(MailMessage message) {
        var keys = new HashSet<>(message.addressKeys());
        keys.removeAll(firmAddresses);
        return keys;
    }
}
