package io.portico.application.health;

import io.portico.application.inbox.port.out.NotificationPort;
import io.portico.application.staff.Administrators;
import io.portico.domain.inbox.InboxNotification;
import java.time.Instant;
import java.util.List;

/** Issue 14 item 7: an Inbox+ notice to every active owner and admin. */
public final class AdminInbox {

    private final Administrators administrators;
    private final NotificationPort notifications;

    public AdminInbox(Administrators administrators, NotificationPort notifications) {
        this.administrators = administrators;
        this.notifications = notifications;
    }

    void tell(String messageKey, List<String> arguments, String link, Instant at) {
        administrators.everyone().forEach(admin -> notifications.add(InboxNotification.unread(admin, messageKey, arguments, link, at)));
    }
}
