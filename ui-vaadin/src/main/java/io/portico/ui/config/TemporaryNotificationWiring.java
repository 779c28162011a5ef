package io.portico.ui.config;

import io.portico.application.notification.port.in.Notification;
import io.portico.application.notification.port.in.NotificationDeliveriesQuery;
import io.portico.application.notification.port.in.NotificationDelivery;
import io.portico.application.notification.port.in.RaiseNotificationUseCase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * TEMPORARY, for the "messages" worktree only: stands in for part A's notification service until the
 * branches merge. Raising records the call and delivers nothing; no message has deliveries.
 */
@Configuration(proxyBeanMethods = false)
class TemporaryNotificationWiring {

    /** Every raise call's notifications, for whoever wants to look. */
    static final List<List<Notification>> RAISED = new CopyOnWriteArrayList<>();

    @Bean
    RaiseNotificationUseCase raiseNotification() {
        return notifications -> {
            RAISED.add(List.copyOf(notifications));
            return List.<NotificationDelivery>of();
        };
    }

    @Bean
    NotificationDeliveriesQuery notificationDeliveries() {
        return reference -> List.of();
    }
}
