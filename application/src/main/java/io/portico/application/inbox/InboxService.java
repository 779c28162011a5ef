package io.portico.application.inbox;

import io.portico.application.inbox.port.in.InboxQuery;
import io.portico.application.inbox.port.in.MarkNotificationReadUseCase;
import io.portico.application.inbox.port.out.NotificationPort;
import io.portico.domain.inbox.InboxNotification;
import io.portico.domain.inbox.NotificationId;
import io.portico.domain.staff.StaffId;
import java.time.Clock;
import java.util.List;

public final class InboxService implements InboxQuery, MarkNotificationReadUseCase {

    private final NotificationPort notifications;
    private final Clock clock;

    public InboxService(NotificationPort notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    public List<InboxNotification> latest(StaffId viewer, int limit) {
        return notifications.latest(viewer, limit);
    }

    @Override
    public int unread(StaffId viewer) {
        return notifications.unread(viewer);
    }

    @Override
    public void markRead(StaffId viewer, NotificationId notification) {
        notifications.markRead(viewer, notification, clock.instant());
    }
}
