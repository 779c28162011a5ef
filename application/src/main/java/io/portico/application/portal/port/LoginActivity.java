package io.portico.application.portal.port;

import io.portico.domain.shared.EmailAddress;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * F3: a portal user of an account — its address, whose it is, and when it last logged in (empty: never).
 * An address kept under Unlinked emails (B8) belongs to no contact: its contact name is empty.
 */
public record LoginActivity(EmailAddress email, String contactName, Optional<Instant> lastLoginAt) {

    public LoginActivity {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(contactName, "contactName");
        Objects.requireNonNull(lastLoginAt, "lastLoginAt");
    }

    /** B8: a portal user that reaches the account through an address no contact carries any more. */
    public static LoginActivity unlinked(EmailAddress email, Optional<Instant> lastLoginAt) {
        return new LoginActivity(email, "", lastLoginAt);
    }

    public boolean isUnlinked() {
        return contactName.isEmpty();
    }
}
