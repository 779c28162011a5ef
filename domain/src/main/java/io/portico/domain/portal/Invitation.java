package io.portico.domain.portal;

import io.portico.domain.account.AccountId;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.TokenHash;
import io.portico.domain.staff.StaffId;
import java.time.Instant;
import java.util.Objects;

/**
 * A link sent to an address to set its portal password (B2). Only the token's hash is kept; the link
 * is used once, expires, and is voided by a newer invitation, an email change or LOGIN off.
 */
public record Invitation(TokenHash tokenHash, AccountId account, EmailAddress email, String personalMessage,
                         StaffId invitedBy, Instant sentAt, Instant expiresAt, Instant usedAt,
                         Instant voidedAt) {

    public Invitation {
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(invitedBy, "invitedBy");
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        personalMessage = personalMessage == null ? "" : personalMessage.strip();
    }

    public static Invitation send(TokenHash tokenHash, AccountId account, EmailAddress email, String personalMessage,
                                  StaffId invitedBy, Instant now, InvitationValidity validity) {
        return new Invitation(tokenHash, account, email, personalMessage, invitedBy, now,
                now.plus(validity.duration()), null, null);
    }

    /** Voided or used: it can never be used again. */
    public boolean voided() {
        return voidedAt != null || usedAt != null;
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** Opening the link shows the password form only when this holds; submitting it checks again. */
    public boolean usableAt(Instant now) {
        return !voided() && !expiredAt(now);
    }
}
