package io.portico.application.staff.port.in;

import io.portico.domain.shared.SecretToken;
import java.util.Optional;

/** G2: the invited colleague sets a password from the mailed link and is signed in. */
public interface AcceptStaffInvitationUseCase {

    /** What the link offers while it works; opening never uses it up (mail scanners open links too). */
    Optional<StaffInvitationOffer> open(SecretToken token);

    /**
     * Sets the password, makes the member active and uses the link up.
     *
     * @throws io.portico.domain.shared.LinkNoLongerValidException for an unknown, used, voided or expired link
     */
    StaffSignIn accept(AcceptStaffInvitationCommand command);
}
