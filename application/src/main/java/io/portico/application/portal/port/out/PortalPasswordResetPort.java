package io.portico.application.portal.port.out;

import io.portico.domain.portal.PortalPasswordResetTicket;
import io.portico.domain.portal.PortalUserId;
import io.portico.domain.shared.TokenHash;
import java.time.Instant;
import java.util.Optional;

/** B11: the portal users' password reset links, kept as the hashes of their tokens. */
public interface PortalPasswordResetPort {

    /** Stores a new link and closes, at {@code now}, every other open link of that portal user: only the newest mail works. */
    void issue(PortalPasswordResetTicket ticket, Instant now);

    Optional<PortalPasswordResetTicket> find(TokenHash hash);

    /**
     * Atomically uses up the link if it is open and unexpired at {@code now}, together with every other
     * open link of the same portal user; at most one of several concurrent callers gets the portal user.
     */
    Optional<PortalUserId> redeem(TokenHash hash, Instant now);

    /**
     * Deletes every link that can no longer be used at {@code now} (used, voided or expired), with what
     * it held (for a sign-up, the password hash of someone who may never have come back); returns how many.
     */
    int purgeDead(Instant now);
}
