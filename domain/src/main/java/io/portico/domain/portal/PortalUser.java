package io.portico.domain.portal;

import io.portico.domain.shared.EmailAddress;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A client's identity in the portal: one per email address, with its own password (B2). It reaches
 * the accounts where its address has LOGIN on at the moment of each request, never a stored list.
 */
public record PortalUser(PortalUserId id, EmailAddress email, String passwordHash, Instant createdAt,
                         Optional<Instant> lastLoginAt) {

    public PortalUser {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastLoginAt, "lastLoginAt");
    }

    public static PortalUser activate(EmailAddress email, String passwordHash, Instant now) {
        return new PortalUser(PortalUserId.random(), email, passwordHash, now, Optional.empty());
    }
}
