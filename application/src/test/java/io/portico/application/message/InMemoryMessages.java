package io.portico.application.message;

import io.portico.application.message.port.out.MessagePort;
import io.portico.application.message.port.out.MessageReadPort;
import io.portico.domain.account.AccountId;
import io.portico.domain.message.Attachment;
import io.portico.domain.message.AttachmentId;
import io.portico.domain.message.Message;
import io.portico.domain.message.MessageThread;
import io.portico.domain.message.ThreadId;
import io.portico.domain.portal.PortalUserId;
import io.portico.domain.shared.FileAttachment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Threads, messages, files and read marks in memory, for use-case tests. */
public final class InMemoryMessages implements MessagePort, MessageReadPort {

    private final Map<ThreadId, MessageThread> threads = new LinkedHashMap<>();
    private final List<Message> messages = new ArrayList<>();
    private final Map<AttachmentId, StoredFile> files = new HashMap<>();
    private final Map<List<Object>, Instant> readAt = new HashMap<>();
    /** How many times {@link #add} was called: a bulk send stores in one go. */
    public int batches;

    @Override
    public synchronized void add(List<MessageThread> newThreads, List<Message> added, List<FileAttachment> content) {
        batches++;
        newThreads.forEach(thread -> threads.put(thread.id(), thread));
        for (Message message : added) {
            MessageThread thread = threads.get(message.thread());
            messages.add(message);
            if (message.sentAt().isAfter(thread.lastMessageAt())) {
                threads.put(thread.id(), new MessageThread(thread.id(), thread.account(), thread.subject(), thread.startedAt(),
                        message.sentAt()));
            }
            List<Attachment> attachments = message.attachments();
            for (int i = 0; i < attachments.size(); i++) {
                files.put(attachments.get(i).id(), new StoredFile(thread.account(), content.get(i)));
            }
        }
    }

    @Override
    public synchronized Optional<MessageThread> thread(ThreadId id) {
        return Optional.ofNullable(threads.get(id));
    }

    @Override
    public synchronized List<MessageThread> threads(AccountId account, int limit) {
        return threads.values().stream().filter(thread -> thread.account().equals(account))
                .sorted(Comparator.comparing(MessageThread::lastMessageAt).reversed()).limit(limit).toList();
    }

    @Override
    public synchronized List<Message> messages(ThreadId thread) {
        return messages.stream().filter(message -> message.thread().equals(thread)).sorted(Comparator.comparing(Message::sentAt)).toList();
    }

    @Override
    public synchronized Optional<StoredFile> file(AttachmentId id) {
        return Optional.ofNullable(files.get(id));
    }

    @Override
    public synchronized void markRead(ThreadId thread, PortalUserId user, Instant at) {
        readAt.merge(List.of(thread, user), at, (earlier, later) -> later.isAfter(earlier) ? later : earlier);
    }

    @Override
    public synchronized int unread(AccountId account, PortalUserId user) {
        return (int) unreadMessages(account, user).count();
    }

    @Override
    public synchronized Set<ThreadId> unreadThreads(AccountId account, PortalUserId user) {
        return unreadMessages(account, user).map(Message::thread).collect(Collectors.toSet());
    }

    private java.util.stream.Stream<Message> unreadMessages(AccountId account, PortalUserId user) {
        return messages.stream()
                .filter(message -> threads.get(message.thread()).account().equals(account))
                .filter(message -> !message.sender().equals(new io.portico.domain.message.MessageSender.Client(user)))
                .filter(message -> Optional.ofNullable(readAt.get(List.of(message.thread(), user)))
                        .map(read -> message.sentAt().isAfter(read)).orElse(true));
    }
}
