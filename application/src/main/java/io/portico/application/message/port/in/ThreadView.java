package io.portico.application.message.port.in;

import io.portico.domain.message.ThreadId;
import java.time.Instant;
import java.util.List;

/** A thread with its messages, oldest first; {@code unread} only means something to a portal user. */
public record ThreadView(ThreadId id, String subject, Instant lastMessageAt, boolean unread, List<MessageView> messages) {

    public ThreadView {
        messages = List.copyOf(messages);
    }
}
