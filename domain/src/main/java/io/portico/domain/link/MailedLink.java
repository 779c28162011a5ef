package io.portico.domain.link;

import io.portico.domain.shared.TokenHash;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A single-use link mailed to a person for one {@link LinkPurpose}. Only the hash of its 256-bit secret
 * is kept, so a copy of the database opens nothing. It works until it expires, is used or is voided;
 * using it, or mailing a newer one, voids the holder's other open links of the same purpose.
 */
public record MailedLink(TokenHash tokenHash, LinkPurpose purpose, LinkHolder holder, Instant issuedAt, Instant expiresAt,
                         Instant usedAt, Instant voidedAt) {

    public MailedLink {
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** A new link working for its purpose's usual time. */
    public static MailedLink issue(TokenHash tokenHash, LinkPurpose purpose, LinkHolder holder, Instant now) {
        return issue(tokenHash, purpose, holder, now, purpose.validity());
    }

    public static MailedLink issue(TokenHash tokenHash, LinkPurpose purpose, LinkHolder holder, Instant now, Duration validity) {
        return new MailedLink(tokenHash, purpose, holder, now, now.plus(validity), null, null);
    }

    /** Used or voided: it can never work again, whatever the time. */
    public boolean closed() {
        return usedAt != null || voidedAt != null;
    }

    /** Expired from the very instant of its expiry. */
    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** Opening the link shows its page only when this holds; using it checks again. */
    public boolean usableAt(Instant now) {
        return !closed() && !expiredAt(now);
    }

    /** The link used up at {@code now}; none when it no longer works. */
    public Optional<MailedLink> redeemAt(Instant now) {
        return usableAt(now)
                ? Optional.of(new MailedLink(tokenHash, purpose, holder, issuedAt, expiresAt, now, null))
                : Optional.empty();
    }

    /** The link voided at {@code at}; a closed link keeps the moment it first closed. */
    public MailedLink voidAt(Instant at) {
        return closed() ? this : new MailedLink(tokenHash, purpose, holder, issuedAt, expiresAt, null, at);
    }

    /** This link is still open and {@code other}, a different link of the same purpose and holder, voids it when mailed or used. */
    public boolean voidedBy(MailedLink other) {
        return !closed() && purpose == other.purpose && holder.equals(other.holder) && !tokenHash.equals(other.tokenHash);
    }

    /** Can never work again and is not kept as history: housekeeping deletes it. */
    public boolean deadAt(Instant now) {
        return !purpose.keptWhenDead() && (closed() || expiredAt(now));
    }
}
