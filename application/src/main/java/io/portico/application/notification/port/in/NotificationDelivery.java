package io.portico.application.notification.port.in;

import io.portico.domain.account.AccountId;
import io.portico.domain.shared.EmailAddress;
import java.util.Objects;

/** Where one notification went, and how far it got (C5, the message's delivery per address). */
public record NotificationDelivery(AccountId account, EmailAddress to, DeliveryStatus status) {

    public NotificationDelivery {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(status, "status");
    }

    public enum DeliveryStatus {
        /** In the outbox, or waiting for the address's daily digest. */
        QUEUED,
        SENT,
        /** The mail server refused it for good. */
        FAILED
    }
}
