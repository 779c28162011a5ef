package io.portico.domain.portal;

import io.portico.domain.shared.TokenHash;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * B11: a client's request to set a new portal password, valid for one hour and usable once. A
 * client's identity is its portal user, never a staff member: the two kinds of ticket are apart.
 * {@code closedAt} is set when the link is used, or voided by a newer link or by another one used.
 */
public record PortalPasswordResetTicket(PortalUserId userId, TokenHash tokenHash, Instant expiresAt, Instant closedAt) {

    public static final Duration VALIDITY = Duration.ofHours(1);

    public PortalPasswordResetTicket {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public static PortalPasswordResetTicket issue(PortalUserId userId, TokenHash tokenHash, Instant now) {
        return new PortalPasswordResetTicket(userId, tokenHash, now.plus(VALIDITY), null);
    }

    public boolean usableAt(Instant now) {
        return closedAt == null && now.isBefore(expiresAt);
    }

    public PortalPasswordResetTicket closedAt(Instant now) {
        return closedAt == null ? new PortalPasswordResetTicket(userId, tokenHash, expiresAt, now) : this;
    }
}
