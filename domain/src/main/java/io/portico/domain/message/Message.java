package io.portico.domain.message;

import io.portico.domain.shared.FileAttachment;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Items 8, 9: one message in a thread — the firm's, or a client's reply — with its files' descriptions
 * (the bytes are stored beside it, in the order of {@link #attachments()}).
 */
public record Message(MessageId id, ThreadId thread, MessageSender sender, MessageText text, List<Attachment> attachments,
                      Instant sentAt) {

    public Message {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(thread, "thread");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(text, "text");
        attachments = List.copyOf(attachments);
        Objects.requireNonNull(sentAt, "sentAt");
    }

    static Message write(ThreadId thread, MessageSender sender, MessageText text, List<FileAttachment> files, Instant at) {
        return new Message(MessageId.random(), thread, sender, text, files.stream().map(Attachment::of).toList(), at);
    }
}
