package io.portico.application.inbox.port.in;

import io.portico.domain.inbox.InboxNotification;
import io.portico.domain.staff.StaffId;
import java.util.List;

/** Inbox+: the signed-in member's notifications and how many are unread. */
public interface InboxQuery {

    List<InboxNotification> latest(StaffId viewer, int limit);

    int unread(StaffId viewer);
}
