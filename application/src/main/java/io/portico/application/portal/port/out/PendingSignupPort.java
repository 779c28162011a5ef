package io.portico.application.portal.port.out;

import io.portico.domain.portal.PendingSignup;
import io.portico.domain.shared.TokenHash;
import java.time.Instant;
import java.util.Optional;

/** B9: signups waiting for their address to be verified, found by the hash of their link's token. */
public interface PendingSignupPort {

    void add(PendingSignup signup);

    Optional<PendingSignup> find(TokenHash hash);

    /**
     * Uses the link up if it is unused and unexpired, atomically: of two confirmations of one link at the
     * same moment, one gets it.
     */
    Optional<PendingSignup> redeem(TokenHash hash, Instant now);

    /**
     * Deletes every link that can no longer be used at {@code now} (used, voided or expired), with what
     * it held (for a sign-up, the password hash of someone who may never have come back); returns how many.
     */
    int purgeDead(Instant now);
}
