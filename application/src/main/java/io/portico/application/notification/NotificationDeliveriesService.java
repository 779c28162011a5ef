package io.portico.application.notification;

import io.portico.application.notification.port.in.NotificationDeliveriesQuery;
import io.portico.application.notification.port.in.NotificationDelivery;
import io.portico.application.notification.port.in.NotificationDelivery.DeliveryStatus;
import io.portico.application.notification.port.out.NotificationDeliveryPort;
import io.portico.application.notification.port.out.NotificationDeliveryPort.MailState;
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
        return deliveries.deliveries(reference).stream()
                .map(delivered -> new NotificationDelivery(delivered.account(), delivered.to(), status(delivered.mail()))).toList();
    }

    private static DeliveryStatus status(MailState mail) {
        return switch (mail) {
            case HELD, PENDING -> DeliveryStatus.QUEUED;
            case SENT, PURGED -> DeliveryStatus.SENT;
            case DEAD -> DeliveryStatus.FAILED;
        };
    }
}
