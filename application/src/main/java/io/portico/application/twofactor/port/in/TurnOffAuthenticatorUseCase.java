package io.portico.application.twofactor.port.in;

import io.portico.domain.session.CredentialHolder;

/** Issue 10 items 6 and 8: remove one's own authenticator app and recovery codes. */
public interface TurnOffAuthenticatorUseCase {

    /** @throws io.portico.domain.shared.InvalidInputException on field "twoFactor" when the firm requires it of this member */
    void turnOff(CredentialHolder holder);
}
