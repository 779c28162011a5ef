package io.portico.application.staff.port.in;

import io.portico.domain.staff.StaffId;

/** G2: the owner makes an admin the owner and becomes an admin. */
public interface HandOwnershipUseCase {

    /** @return the former owner's sign-in as admin, for the session they hand it from */
    StaffSignIn hand(StaffId owner, StaffId newOwner);
}
