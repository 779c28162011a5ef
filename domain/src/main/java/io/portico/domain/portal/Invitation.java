package io.portico.domain.portal;

import io.portico.domain.account.AccountId;
import io.portico.domain.link.LinkHolder;
import io.portico.domain.link.LinkPurpose;
import io.portico.domain.link.MailedLink;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.TokenHash;
import io.portico.domain.staff.StaffId;
import java.time.Instant;
import java.util.Objects;

/**
 * A link sent to an address to set its portal password (B2): a {@link MailedLink} of purpose
 * {@link LinkPurpose#PORTAL_INVITATION} held by the address, with what the mail said and for which
 * account. It is voided by a newer invitation, an email change or LOGIN off.
 */
public record Invitation(MailedLink link, AccountId account, EmailAddress email, String personalMessage, StaffId invitedBy) {

    public Invitation {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(invitedBy, "invitedBy");
        if (link.purpose() != LinkPurpose.PORTAL_INVITATION || !link.holder().equals(LinkHolder.of(email))) {
            throw new IllegalArgumentException("an invitation is a portal invitation link held by its address");
        }
        personalMessage = personalMessage == null ? "" : personalMessage.strip();
    }

    public static Invitation send(TokenHash tokenHash, AccountId account, EmailAddress email, String personalMessage,
                                  StaffId invitedBy, Instant now, InvitationValidity validity) {
        MailedLink link = MailedLink.issue(tokenHash, LinkPurpose.PORTAL_INVITATION, LinkHolder.of(email), now, validity.duration());
        return new Invitation(link, account, email, personalMessage, invitedBy);
    }

    /** The same invitation with its link as it stands now (used, voided). */
    public Invitation with(MailedLink current) {
        return new Invitation(current, account, email, personalMessage, invitedBy);
    }

    public TokenHash tokenHash() {
        return link.tokenHash();
    }

    public Instant sentAt() {
        return link.issuedAt();
    }

    public Instant expiresAt() {
        return link.expiresAt();
    }

    public Instant usedAt() {
        return link.usedAt();
    }

    public Instant voidedAt() {
        return link.voidedAt();
    }

    /** Voided or used: it can never be used again. */
    public boolean voided() {
        return link.closed();
    }

    public boolean expiredAt(Instant now) {
        return link.expiredAt(now);
    }

    /** Opening the link shows the password form only when this holds; submitting it checks again. */
    public boolean usableAt(Instant now) {
        return link.usableAt(now);
    }
}
