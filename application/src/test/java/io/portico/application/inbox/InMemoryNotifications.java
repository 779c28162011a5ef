package io.portico.application.inbox;

import io.portico.application.inbox.port.out.NotificationPort;
import io.portico.domain.inbox.InboxNotification;
import io.portico.domain.inbox.NotificationId;
import io.portico.domain.staff.StaffId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryNotifications implements NotificationPort {

    private final Map<NotificationId, InboxNotification> notifications = new ConcurrentHashMap<>();

    @Override
    public void add(InboxNotification notification) {
        notifications.put(notification.id(), notification);
    }

    @Override
    public List<InboxNotification> latest(StaffId recipient, int limit) {
        return notifications.values().stream().filter(n -> n.recipient().equals(recipient))
                .sorted(Comparator.comparing(InboxNotification::createdAt).reversed()).limit(limit).toList();
    }

    @Override
    public int unread(StaffId recipient) {
        return (int) notifications.values().stream().filter(n -> n.recipient().equals(recipient) && !n.isRead()).count();
    }

    @Override
    public void markRead(StaffId recipient, NotificationId id, Instant at) {
        notifications.computeIfPresent(id, (key, n) -> n.recipient().equals(recipient) && !n.isRead()
                ? new InboxNotification(n.id(), n.recipient(), n.messageKey(), n.arguments(), n.link(), n.createdAt(), Optional.of(at)) : n);
    }
}
