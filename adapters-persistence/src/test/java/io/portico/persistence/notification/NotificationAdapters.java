package io.portico.persistence.notification;

import io.portico.application.notification.port.out.NotificationDeliveryPort;
import io.portico.application.notification.port.out.NotificationRecipientsPort;
import org.jooq.DSLContext;

/** The notification adapters for tests and tools of other packages. */
public final class NotificationAdapters {

    private NotificationAdapters() {
    }

    public static NotificationRecipientsPort recipients(DSLContext dsl) {
        return new JooqNotificationRecipientsAdapter(dsl);
    }

    public static NotificationDeliveryPort deliveries(DSLContext dsl) {
        return new JooqNotificationDeliveryAdapter(dsl);
    }
}
