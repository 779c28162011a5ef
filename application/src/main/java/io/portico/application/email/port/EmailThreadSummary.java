package io.portico.application.email.port;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Item 6: a thread in a list, counted over the messages the reader may see only (D2, D5): its subject, the
 * addresses on those messages, the last one's time, how many there are and whether any has files.
 */
public record EmailThreadSummary(UUID id, String subject, List<String> participants, Instant lastMessageAt, int messageCount,
                                 boolean attachments) {

    public EmailThreadSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        participants = List.copyOf(participants);
        Objects.requireNonNull(lastMessageAt, "lastMessageAt");
    }

    /** The page after this thread starts after it. */
    public ThreadCursor cursor() {
        return new ThreadCursor(lastMessageAt, id);
    }
}
