package io.portico.application.firm.port.in;

import io.portico.application.staff.port.in.StaffSignIn;

/** G1: creates the firm and its owner, once. */
public interface SetUpFirmUseCase {

    /**
     * @return the new owner, signed in
     * @throws io.portico.domain.firm.FirmAlreadySetUpException when a firm exists already
     */
    StaffSignIn setUp(SetUpFirmCommand command);
}
