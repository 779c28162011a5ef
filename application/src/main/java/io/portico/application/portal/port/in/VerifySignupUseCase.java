package io.portico.application.portal.port.in;

import io.portico.domain.portal.PortalUserId;
import io.portico.domain.shared.SecretToken;
import java.util.Optional;

/** B9: the verification link's page. Opening it changes nothing (mail scanners open links); confirming does. */
public interface VerifySignupUseCase {

    /** What confirming would create, while the link works. */
    Optional<SignupOffer> offer(SecretToken token);

    /**
     * Creates the account, its contact with LOGIN on and the client's portal user, in one transaction.
     *
     * @throws io.portico.domain.shared.LinkNoLongerValidException when the link is unknown, used or expired,
     *         or the address became known meanwhile
     */
    PortalUserId confirm(SecretToken token);
}
