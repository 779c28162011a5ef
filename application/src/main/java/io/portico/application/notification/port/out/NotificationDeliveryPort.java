package io.portico.application.notification.port.out;

import io.portico.domain.account.AccountId;
import io.portico.domain.shared.EmailAddress;
import java.util.List;
import java.util.UUID;

/** C5: where a notification raised with a reference went; its status is its mail's in the outbox. */
public interface NotificationDeliveryPort {

    void recordSent(List<SentNotification> sent);

    /** Each address's mail as its outbox row stands; held ones ({@link NotificationDigestPort}) as the digest's mail, once it went. */
    List<Delivered> deliveries(UUID reference);

    record Delivered(AccountId account, EmailAddress to, MailState mail) {
    }

    enum MailState {
        /** Held for the address's digest, which has not gone yet. */
        HELD,
        PENDING,
        SENT,
        DEAD,
        /** Its outbox row is gone: only sent rows are purged. */
        PURGED
    }

    /** A notification mailed to one address as it happened. */
    record SentNotification(UUID reference, AccountId account, EmailAddress to, UUID mail) {
    }
}
