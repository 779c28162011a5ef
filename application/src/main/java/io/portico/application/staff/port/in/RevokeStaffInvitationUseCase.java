package io.portico.application.staff.port.in;

import io.portico.domain.staff.StaffId;

/** G2: withdraws an invitation: its link stops working and the invited member is gone, address free again. */
public interface RevokeStaffInvitationUseCase {

    void revoke(StaffId actor, StaffId member);
}
