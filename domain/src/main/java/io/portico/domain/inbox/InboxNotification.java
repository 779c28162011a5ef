package io.portico.domain.inbox;

import io.portico.domain.staff.StaffId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An Inbox+ entry for one staff member: a message (a key and its arguments, so it is shown in the
 * reader's language), the app path that "Go to…" opens, and whether it was read.
 */
public record InboxNotification(NotificationId id, StaffId recipient, String messageKey, List<String> arguments, String link,
                                Instant createdAt, Optional<Instant> readAt) {

    public InboxNotification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(readAt, "readAt");
    }

    public static InboxNotification unread(StaffId recipient, String messageKey, List<String> arguments, String link, Instant at) {
        return new InboxNotification(NotificationId.random(), recipient, messageKey, arguments, link, at, Optional.empty());
    }

    public boolean isRead() {
        return readAt.isPresent();
    }
}
