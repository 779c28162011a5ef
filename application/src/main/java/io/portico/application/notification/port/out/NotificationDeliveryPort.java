package io.portico.application.notification.port.out;

import io.portico.application.notification.port.in.NotificationDelivery;
import io.portico.domain.account.AccountId;
import io.portico.domain.shared.EmailAddress;
import java.util.List;
import java.util.UUID;

/** C5: where a notification raised with a reference went; its status is its mail's in the outbox. */
public interface NotificationDeliveryPort {

    void recordSent(List<SentNotification> sent);

    /**
     * Mailed ones as their outbox row stands (pending: queued; a row no longer there was sent and purged),
     * held ones ({@link NotificationDigestPort}) as queued until their digest goes, then as the digest's mail.
     */
    List<NotificationDelivery> deliveries(UUID reference);

    /** A notification mailed to one address as it happened. */
    record SentNotification(UUID reference, AccountId account, EmailAddress to, UUID mail) {
    }
}
