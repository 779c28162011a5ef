package io.portico.application.health;

import io.portico.application.inbox.port.out.NotificationPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.inbox.InboxNotification;
import io.portico.domain.staff.StaffMember;
import java.time.Instant;
import java.util.List;

/** Issue 14 item 7: an Inbox+ notice to every active owner and admin. */
public final class AdminInbox {

    private final StaffPort staff;
    private final NotificationPort notifications;

    public AdminInbox(StaffPort staff, NotificationPort notifications) {
        this.staff = staff;
        this.notifications = notifications;
    }

    void tell(String messageKey, List<String> arguments, String link, Instant at) {
        staff.active().stream().filter(member -> member.role().administers()).map(StaffMember::id)
                .forEach(admin -> notifications.add(InboxNotification.unread(admin, messageKey, arguments, link, at)));
    }
}
