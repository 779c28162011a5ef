package io.portico.application.link.port.out;

import io.portico.domain.account.AccountId;
import io.portico.domain.link.LinkHolder;
import io.portico.domain.link.LinkPurpose;
import io.portico.domain.link.MailedLink;
import io.portico.domain.portal.Invitation;
import io.portico.domain.portal.PendingSignup;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.TokenHash;
import java.time.Instant;
import java.util.Optional;

/**
 * Every mailed link (resets, invitations, sign-up verifications), found by the hash of its token and
 * only for the purpose the asking page serves: a reset page never opens an invitation's link.
 */
public interface MailedLinkPort {

    /** Stores a new link and voids, at its issue, the holder's older open links of the same purpose: only the newest mail works. */
    void issue(MailedLink link);

    /** {@link #issue(MailedLink)} for an invitation, with its account, message and sender. */
    void issue(Invitation invitation);

    /** {@link #issue(Invitation)} for many addresses at once (E3: a bulk edit's chunk), in as few statements as the store allows. */
    default void issueAll(java.util.List<Invitation> invitations) {
        invitations.forEach(this::issue);
    }

    /**
     * C3, reminders: one more link for an invitation, stored beside the address's open ones without voiding
     * them — each works, and using one voids the others ({@link #redeem}).
     */
    void issueAlongside(Invitation invitation);

    /** {@link #issue(MailedLink)} for a sign-up, with the details it will create. */
    void issue(PendingSignup signup);

    Optional<MailedLink> find(LinkPurpose purpose, TokenHash hash);

    Optional<Invitation> invitation(TokenHash hash);

    Optional<PendingSignup> signup(TokenHash hash);

    /** B3, B4: the address's newest invitation on any account, open or not. */
    Optional<Invitation> latestInvitation(EmailAddress email);

    /**
     * Uses the link up if it is of {@code purpose}, open and unexpired at {@code now}, and voids the holder's
     * other open links of that purpose, atomically: of several concurrent callers at most one gets it.
     */
    Optional<MailedLink> redeem(LinkPurpose purpose, TokenHash hash, Instant now);

    /** Every open link of the holder for that purpose stops working (an email change, LOGIN off everywhere). */
    void voidOpen(LinkPurpose purpose, LinkHolder holder, Instant at);

    /** B5, bug 8: the address's open invitations issued for {@code account} stop working; those for other accounts stay. */
    void voidOpenInvitations(EmailAddress email, AccountId account, Instant at);

    /** B2: the client asked the firm for a new link instead of this invitation; true only the first time, atomically. */
    boolean markNewLinkAsked(TokenHash hash, Instant at);

    /**
     * Deletes every link that can no longer be used at {@code now} and is not kept as history, with what
     * it held (for a sign-up, the name and address of someone who may never have come back); returns how many.
     */
    int purgeDead(Instant now);
}
