package io.portico.application.portal.port.in;

import io.portico.domain.shared.EmailAddress;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** F3: a portal user of an account — its address, whose it is, and when it last logged in (empty: never). */
public record LoginActivity(EmailAddress email, String contactName, Optional<Instant> lastLoginAt) {

    public LoginActivity {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(contactName, "contactName");
        Objects.requireNonNull(lastLoginAt, "lastLoginAt");
    }
}
