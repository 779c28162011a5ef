package io.portico.application.inbox.port.out;

import io.portico.domain.inbox.InboxNotification;
import io.portico.domain.inbox.NotificationId;
import io.portico.domain.staff.StaffId;
import java.time.Instant;
import java.util.List;

/** Inbox+ entries; written in the transaction of the change that causes them. */
public interface NotificationPort {

    void add(InboxNotification notification);

    /** Newest first. */
    List<InboxNotification> latest(StaffId recipient, int limit);

    int unread(StaffId recipient);

    /** Marks the recipient's own notification read; another member's id changes nothing. */
    void markRead(StaffId recipient, NotificationId id, Instant at);
}
