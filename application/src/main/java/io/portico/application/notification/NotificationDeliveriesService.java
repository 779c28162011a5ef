package io.portico.application.notification;

import io.portico.application.notification.port.in.NotificationDeliveriesQuery;
import io.portico.application.notification.port.in.NotificationDelivery;
import io.portico.application.notification.port.out.NotificationDeliveryPort;
import java.util.List;
import java.util.UUID;

/** C5: a message's delivery per address; the caller has checked that its user may see the message. */
public final class NotificationDeliveriesService implements NotificationDeliveriesQuery {

    private final NotificationDeliveryPort deliveries;

    public NotificationDeliveriesService(NotificationDeliveryPort deliveries) {
        this.deliveries = deliveries;
    }

    @Override
    public List<NotificationDelivery> deliveries(UUID reference) {
        return deliveries.deliveries(reference);
    }
}
