package io.portico.application.portal.port.out;

import io.portico.domain.account.AccountId;
import io.portico.domain.portal.Invitation;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.TokenHash;
import java.time.Instant;
import java.util.Optional;

/** Invitation links (B1–B5), found by the hash of their token. */
public interface InvitationPort {

    void add(Invitation invitation);

    Optional<Invitation> find(TokenHash hash);

    /** The address's newest link on any account, open or not. */
    Optional<Invitation> latest(EmailAddress email);

    /** Every open link of the address stops working, whatever account it was sent for (a newer invitation, activation). */
    void voidOpen(EmailAddress email, Instant at);

    /**
     * B5, B6: the address's open links sent for this account stop working (LOGIN off there, its contact
     * unlinked, the address changed or removed); its links for other accounts stay as they are.
     */
    void voidOpen(AccountId account, EmailAddress email, Instant at);

    /**
     * Uses the link up if it is open and unexpired, atomically: of two submissions of one link at the
     * same moment, one gets it.
     */
    Optional<Invitation> redeem(TokenHash hash, Instant now);

    /**
     * B2: records that the client asked the firm for a new link instead of this one; true only the
     * first time for a link, atomically.
     */
    boolean markNewLinkAsked(TokenHash hash, Instant at);
}
