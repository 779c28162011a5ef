package io.portico.domain.message;

import io.portico.domain.account.AccountId;
import io.portico.domain.shared.FileAttachment;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Items 8, 9: a conversation on one account, started by the firm's message; clients reply in it and
 * staff answer. Lists show threads by their latest message, newest first.
 */
public record MessageThread(ThreadId id, AccountId account, MessageSubject subject, Instant startedAt, Instant lastMessageAt) {

    public MessageThread {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(lastMessageAt, "lastMessageAt");
    }

    /** Item 8: a new thread on the account, opened by a staff member's message. */
    public static MessageThread start(AccountId account, MessageSubject subject, Instant at) {
        return new MessageThread(ThreadId.random(), account, subject, at, at);
    }

    /** The message that opens the thread, or any later one: by a staff member or a client of the account. */
    public Message write(MessageSender sender, MessageText text, List<FileAttachment> files, Instant at) {
        return Message.write(id, sender, text, files, at);
    }
}
