package io.portico.application.portal.port.in;

import io.portico.domain.portal.PortalUserId;
import io.portico.domain.shared.SecretToken;

/** B11: the page of a portal reset link. */
public interface ResetPortalPasswordUseCase {

    /** Whether the link can still be used; opening the page never uses it up (mail scanners open links too). */
    boolean isUsable(SecretToken token);

    /**
     * Sets the new password and uses the link up, with every other open reset link of that portal user;
     * counts as a login, since the client is signed in next.
     *
     * @return the portal user, to sign in
     * @throws io.portico.domain.shared.LinkNoLongerValidException for an unknown, used, voided or expired link
     */
    PortalUserId reset(ResetPortalPasswordCommand command);
}
