package io.portico.application.staff.port.in;

import io.portico.domain.staff.StaffId;

/** G2: invites a colleague by mail; an address a member already has is refused on "email". */
public interface InviteStaffUseCase {

    StaffId invite(InviteStaffCommand command);
}
