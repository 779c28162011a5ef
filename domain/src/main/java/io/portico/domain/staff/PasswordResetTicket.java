package io.portico.domain.staff;

import io.portico.domain.shared.TokenHash;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A staff member's request to set a new password: valid for one hour, usable once. */
public record PasswordResetTicket(StaffId staffId, TokenHash tokenHash, Instant expiresAt, Instant usedAt) {

    public static final Duration VALIDITY = Duration.ofHours(1);

    public PasswordResetTicket {
        Objects.requireNonNull(staffId, "staffId");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public static PasswordResetTicket issue(StaffId staffId, TokenHash tokenHash, Instant now) {
        return new PasswordResetTicket(staffId, tokenHash, now.plus(VALIDITY), null);
    }

    public boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }
}
