package io.portico.domain.portal;

import io.portico.domain.shared.TokenHash;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * B9: a signup waiting for its address to be verified. Nothing else exists until the client confirms
 * through the link mailed to the address; the link works once, for {@link #VALIDITY}.
 */
public record PendingSignup(TokenHash tokenHash, SignupRequest request, String passwordHash, Instant createdAt,
                            Instant expiresAt, Instant usedAt) {

    public static final Duration VALIDITY = Duration.ofHours(24);

    public PendingSignup {
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public static PendingSignup submit(TokenHash tokenHash, SignupRequest request, String passwordHash, Instant now) {
        return new PendingSignup(tokenHash, request, passwordHash, now, now.plus(VALIDITY), null);
    }

    public boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }
}
