package io.portico.application.notification.port.in;

import java.util.List;
import java.util.UUID;

/** C5: the deliveries of the notifications raised with a reference (a message's), as they stand now. */
public interface NotificationDeliveriesQuery {

    List<NotificationDelivery> deliveries(UUID reference);
}
