package io.portico.application.portal.port.in;

import io.portico.domain.portal.PortalUserId;
import io.portico.domain.shared.SecretToken;
import java.util.Optional;

/**
 * B9: the verification link's page, where the client, now known to own the address, chooses the password.
 * Opening it changes nothing (mail scanners open links); confirming does.
 */
public interface VerifySignupUseCase {

    /** Whether the firm still lets clients sign up (G3); a link mailed before it closed sign-up no longer creates anything. */
    boolean open();

    /** What confirming would create, while the link works and sign-up is open. */
    Optional<SignupOffer> offer(SecretToken token);

    /**
     * Creates the account, its contact with LOGIN on and the client's portal user with {@code password}, in
     * one transaction.
     *
     * @throws io.portico.domain.shared.InvalidInputException on "password" when it breaks the password rules
     * @throws io.portico.domain.shared.NotAllowedException when the firm closed sign-up; the link stays unused
     * @throws io.portico.domain.shared.LinkNoLongerValidException when the link is unknown, used or expired,
     *         or the address became known meanwhile
     */
    PortalUserId confirm(SecretToken token, String password);
}
