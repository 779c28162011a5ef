package io.portico.application.portal.port.in;

import io.portico.domain.portal.PortalUserId;
import io.portico.domain.shared.EmailAddress;
import java.util.Optional;

/** B11: portal login by address and password. */
public interface PortalSignInUseCase {

    /** The portal user, when the password is theirs; nothing otherwise, whether or not the address is known. */
    Optional<PortalUserId> signIn(EmailAddress email, String password);
}
