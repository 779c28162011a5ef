package io.portico.domain.email;

import java.time.Duration;
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
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Item 4: which thread each message of a batch joins. A message answering one that is kept (In-Reply-To, then
 * References from the nearest) joins its thread. Otherwise it joins the latest thread with the same normalised
 * subject, active within {@link #SUBJECT_WINDOW} before it was sent, that shares an address with it other than the
 * firm's own mailboxes (every message of a mailbox has those, so they tell no conversation apart). Otherwise it
 * starts a thread. Messages go in the order they were sent, so those of one batch thread with each other too.
 */
public final class Threading {

    /** How long a conversation stays open to a message that only shares its subject. */
    public static final Duration SUBJECT_WINDOW = Duration.ofDays(90);

    /** A thread the subject rule may pick: its normalised subject, last message and addresses (lookup keys). */
    public record Candidate(UUID thread, String normalisedSubject, Instant lastMessageAt, Set<String> addresses) {

        public Candidate {
            Objects.requireNonNull(thread, "thread");
            Objects.requireNonNull(normalisedSubject, "normalisedSubject");
            Objects.requireNonNull(lastMessageAt, "lastMessageAt");
            addresses = Set.copyOf(addresses);
        }
    }

    /** A message and its thread; {@code newThread} when the message starts it. */
    public record Threaded(MailMessage message, UUID thread, boolean newThread) {
    }

    private final Map<String, UUID> threadOfMessage;
    private final List<Candidate> candidates;
    private final Set<String> firmAddresses;
    private final Supplier<UUID> newIds;

    /**
     * @param threadOfMessage the thread of each kept message the batch refers to, by Message-ID
     * @param candidates      the threads whose subject and addresses the batch might share
     * @param firmAddresses   the lookup keys of the firm's mailboxes
     */
    public Threading(Map<String, UUID> threadOfMessage, List<Candidate> candidates, Set<String> firmAddresses, Supplier<UUID> newIds) {
        this.threadOfMessage = new HashMap<>(threadOfMessage);
        this.candidates = new ArrayList<>(candidates);
        this.firmAddresses = Set.copyOf(firmAddresses);
        this.newIds = Objects.requireNonNull(newIds, "newIds");
    }

    /** The batch's messages, each with its thread, in the order they were sent. */
    public List<Threaded> thread(List<MailMessage> batch) {
        return batch.stream().sorted(Comparator.comparing(MailMessage::sentAt)).map(this::place).toList();
    }

    private Threaded place(MailMessage message) {
        String subject = Subjects.normalise(message.subject());
        Set<String> parties = parties(message);
        Optional<UUID> known = answered(message).or(() -> bySubject(message, subject, parties));
        UUID thread = known.orElseGet(newIds);
        threadOfMessage.put(message.messageId(), thread);
        candidates.add(new Candidate(thread, subject, message.sentAt(), parties));
        return new Threaded(message, thread, known.isEmpty());
    }

    private Optional<UUID> answered(MailMessage message) {
        return Stream.concat(message.inReplyTo().stream(), message.references().reversed().stream())
                .map(threadOfMessage::get).filter(Objects::nonNull).findFirst();
    }

    private Optional<UUID> bySubject(MailMessage message, String subject, Set<String> parties) {
        if (subject.isEmpty()) {
            return Optional.empty();
        }
        Instant openSince = message.sentAt().minus(SUBJECT_WINDOW);
        return candidates.stream()
                .filter(candidate -> candidate.normalisedSubject().equals(subject))
                .filter(candidate -> !candidate.lastMessageAt().isBefore(openSince))
                .filter(candidate -> candidate.addresses().stream().anyMatch(parties::contains))
                .max(Comparator.comparing(Candidate::lastMessageAt))
                .map(Candidate::thread);
    }

    /** The message's addresses that tell a conversation apart: all but the firm's mailboxes. */
    public Set<String> parties(MailMessage message) {
        var keys = new HashSet<>(message.addressKeys());
        keys.removeAll(firmAddresses);
        return keys;
    }
}
