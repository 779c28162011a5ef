package io.portico.domain.access;

import io.portico.domain.shared.EmailAddress;
import java.util.Objects;

/** What one address may do on one account. */
public record EmailAccess(EmailAddress email, boolean login, boolean notifications, boolean emailSync) {

    public EmailAccess {
        Objects.requireNonNull(email, "email");
    }

    public static EmailAccess none(EmailAddress email) {
        return new EmailAccess(email, false, false, false);
    }

    public boolean isOn(AccessToggle toggle) {
        return switch (toggle) {
            case LOGIN -> login;
            case NOTIFY -> notifications;
            case EMAIL_SYNC -> emailSync;
        };
    }

    public EmailAccess with(AccessToggle toggle, boolean on) {
        return switch (toggle) {
            case LOGIN -> new EmailAccess(email, on, notifications, emailSync);
            case NOTIFY -> new EmailAccess(email, login, on, emailSync);
            case EMAIL_SYNC -> new EmailAccess(email, login, notifications, on);
        };
    }
}
