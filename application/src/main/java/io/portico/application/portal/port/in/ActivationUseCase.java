package io.portico.application.portal.port.in;

import io.portico.domain.portal.PortalUserId;
import io.portico.domain.shared.SecretToken;
import java.util.Optional;

/** B2: a client follows an invitation link and sets a password. */
public interface ActivationUseCase {

    /** What the link offers, if it still works. Only looks: opening a link never uses it up. */
    Optional<ActivationOffer> offer(SecretToken token);

    /**
     * Uses the link up and creates the address's portal user.
     *
     * @throws io.portico.domain.shared.InvalidInputException on "password" when it breaks the password rules
     * @throws io.portico.domain.shared.LinkNoLongerValidException when the link is used, voided or expired
     */
    PortalUserId activate(SecretToken token, String password);
}
