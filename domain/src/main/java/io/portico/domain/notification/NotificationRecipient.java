package io.portico.domain.notification;

import io.portico.domain.access.EmailAccess;
import io.portico.domain.shared.EmailAddress;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * C1, C3: one address a notification goes to, in its contact's language (or the firm's), with its delivery
 * choice; a pending address (LOGIN on, not yet activated) is offered activation in every mail.
 */
public record NotificationRecipient(EmailAddress email, Locale language, boolean pending, DeliveryMode delivery) {

    public NotificationRecipient {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(delivery, "delivery");
    }

    /** Issue 11, item 3: the contact's own language if it has one, otherwise the firm's. */
    public static Locale language(Optional<Locale> contactLanguage, Locale firmLanguage) {
        return contactLanguage.orElse(firmLanguage);
    }

    /**
     * C1, C3: whether an address of the account receives an event of this category, and how: NOTIFY on and the
     * category chosen or locked; pending while LOGIN is on and the address has not activated.
     */
    public static Optional<NotificationRecipient> of(EmailAccess access, boolean activated, NotificationPreferences preferences,
                                                     LockedCategories locked, NotificationCategory category, Locale language) {
        if (!access.notifications() || !preferences.receives(category, locked)) {
            return Optional.empty();
        }
        return Optional.of(new NotificationRecipient(access.email(), language, access.login() && !activated, preferences.delivery()));
    }

    public boolean inDigest() {
        return delivery == DeliveryMode.DAILY_DIGEST;
    }
}
