package io.portico.application.email;

import io.portico.application.account.port.out.AccountPort;
import io.portico.application.email.port.EmailThreadSummary;
import io.portico.application.email.port.EmailThreadView;
import io.portico.application.email.port.SyncedAttachment;
import io.portico.application.email.port.SyncedMessage;
import io.portico.application.email.port.ThreadCursor;
import io.portico.application.email.port.out.EmailReadPort;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.AccountId;
import io.portico.domain.shared.FileAttachment;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/** Synced mail in memory, matched at read time like the database does; EMAIL SYNC read from the accounts' links. */
public final class InMemoryEmails implements EmailReadPort {

    static final String CONTENT_TYPE = "application/pdf";
    /** PostgreSQL orders uuids by their bytes, unsigned: as their text. */
    private static final Comparator<UUID> BY_BYTES = Comparator.comparing(UUID::toString);
    private static final Comparator<EmailThreadSummary> NEWEST_FIRST = Comparator.comparing(EmailThreadSummary::lastMessageAt)
            .thenComparing(EmailThreadSummary::id, BY_BYTES).reversed();

    private final AccountPort accounts;
    private final List<EmailSeed> messages = new CopyOnWriteArrayList<>();

    public InMemoryEmails(AccountPort accounts) {
        this.accounts = accounts;
    }

    public void store(EmailSeed message) {
        messages.add(message);
    }

    @Override
    public Set<String> syncAddresses(AccountId account) {
        return accounts.find(account).stream().flatMap(found -> found.links().stream()).flatMap(link -> link.access().stream())
                .filter(EmailAccess::emailSync).map(access -> access.email().lookupKey()).collect(Collectors.toSet());
    }

    @Override
    public List<EmailThreadSummary> threads(Set<String> addresses, Optional<ThreadCursor> after, int limit) {
        Map<UUID, List<EmailSeed>> byThread = matching(addresses).collect(Collectors.groupingBy(EmailSeed::thread));
        return byThread.values().stream().map(thread -> summary(thread, addresses)).sorted(NEWEST_FIRST)
                .filter(summary -> after.map(cursor -> NEWEST_FIRST.compare(summary, at(cursor)) > 0).orElse(true)).limit(limit).toList();
    }

    @Override
    public Optional<EmailThreadView> thread(Set<String> addresses, UUID thread) {
        List<SyncedMessage> shown = matching(addresses).filter(message -> message.thread().equals(thread))
                .sorted(Comparator.comparing(EmailSeed::sentAt).thenComparing(EmailSeed::id, BY_BYTES)).map(InMemoryEmails::view).toList();
        return shown.isEmpty() ? Optional.empty() : Optional.of(new EmailThreadView(thread, subjectOf(thread), shown));
    }

    @Override
    public Optional<FileAttachment> attachment(Set<String> addresses, UUID attachment) {
        return matching(addresses).flatMap(message -> message.files().stream()).filter(file -> file.id().equals(attachment))
                .findFirst().flatMap(file -> file.content().map(bytes -> new FileAttachment(file.name(), CONTENT_TYPE, bytes)));
    }

    private java.util.stream.Stream<EmailSeed> matching(Collection<String> addresses) {
        return messages.stream().filter(message -> message.addresses().stream().anyMatch(addresses::contains));
    }

    private String subjectOf(UUID thread) {
        return messages.stream().filter(message -> message.thread().equals(thread)).findFirst().orElseThrow().threadSubject();
    }

    private static EmailThreadSummary summary(List<EmailSeed> thread, Set<String> addresses) {
        EmailSeed first = thread.getFirst();
        List<String> participants = thread.stream().flatMap(message -> message.addresses().stream()).filter(addresses::contains)
                .distinct().sorted().toList();
        return new EmailThreadSummary(first.thread(), first.threadSubject(), participants,
                thread.stream().map(EmailSeed::sentAt).max(Comparator.naturalOrder()).orElseThrow(), thread.size(),
                thread.stream().anyMatch(message -> !message.files().isEmpty()));
    }

    private static EmailThreadSummary at(ThreadCursor cursor) {
        return new EmailThreadSummary(cursor.thread(), "", List.of(), cursor.lastMessageAt(), 0, false);
    }

    private static SyncedMessage view(EmailSeed message) {
        return new SyncedMessage(message.id(), message.from(), Optional.empty(), message.to().stream().sorted().toList(),
                message.cc().stream().sorted().toList(), message.sentAt(), message.threadSubject(), Optional.of(message.text()),
                message.html(), message.files().stream().map(file -> new SyncedAttachment(file.id(), file.name(), CONTENT_TYPE,
                        file.content().map(bytes -> (long) bytes.length).orElse(OVER_CAP), file.content().isPresent())).toList());
    }

    /** The size recorded for a file over the cap: what the reader saw, though the bytes were not kept. */
    static final long OVER_CAP = 30_000_000L;
}
