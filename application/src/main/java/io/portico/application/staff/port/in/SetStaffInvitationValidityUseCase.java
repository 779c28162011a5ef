package io.portico.application.staff.port.in;

import io.portico.domain.portal.InvitationValidity;
import io.portico.domain.staff.StaffId;

/** G2: how long the links of staff invitations mailed from now on work. */
public interface SetStaffInvitationValidityUseCase {

    void set(StaffId actor, InvitationValidity validity);
}
