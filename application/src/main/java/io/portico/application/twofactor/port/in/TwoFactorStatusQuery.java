package io.portico.application.twofactor.port.in;

import io.portico.domain.staff.StaffId;
import io.portico.domain.session.CredentialHolder;

/** Who has, and who must have, a second factor. */
public interface TwoFactorStatusQuery {

    /** For the team list: whether the member signs in with a second factor. */
    boolean hasSecondFactor(StaffId member);

    /** Whether the firm's setting requires a second factor of this member. */
    boolean requiredOf(StaffId member);

    boolean hasAuthenticator(CredentialHolder holder);
}
