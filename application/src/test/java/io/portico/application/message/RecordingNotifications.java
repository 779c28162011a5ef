package io.portico.application.message;

import io.portico.application.notification.port.in.Notification;
import io.portico.application.notification.port.in.NotificationDeliveriesQuery;
import io.portico.application.notification.port.in.NotificationDelivery;
import io.portico.application.notification.port.in.RaiseNotificationUseCase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Stands in for the notification feature: keeps each raise call, and answers the deliveries a test sets. */
public final class RecordingNotifications implements RaiseNotificationUseCase, NotificationDeliveriesQuery {

    /** Each raise call's notifications, in order. */
    public final List<List<Notification>> calls = new ArrayList<>();
    private final Map<UUID, List<NotificationDelivery>> deliveries = new HashMap<>();

    @Override
    public synchronized List<NotificationDelivery> raise(List<Notification> notifications) {
        calls.add(List.copyOf(notifications));
        return List.of();
    }

    @Override
    public synchronized List<NotificationDelivery> deliveries(UUID reference) {
        return deliveries.getOrDefault(reference, List.of());
    }

    public synchronized void delivered(UUID reference, List<NotificationDelivery> shown) {
        deliveries.put(reference, List.copyOf(shown));
    }

    public synchronized List<Notification> all() {
        return calls.stream().flatMap(List::stream).toList();
    }
}
