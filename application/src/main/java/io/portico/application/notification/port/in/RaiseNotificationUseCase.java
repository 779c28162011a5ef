package io.portico.application.notification.port.in;

import java.util.List;

/**
 * C1–C5: the port every feature and module raises client notifications through. For each notification the
 * recipients are the account's addresses with NOTIFY on whose preferences include the event's category; each
 * gets one mail in its contact's language (now, or in its daily digest), queued in the caller's transaction.
 */
public interface RaiseNotificationUseCase {

    /** @return one delivery per recipient, for every notification */
    List<NotificationDelivery> raise(List<Notification> notifications);

    default List<NotificationDelivery> raise(Notification notification) {
        return raise(List.of(notification));
    }
}
