package io.portico.application.staff.port.in;

import io.portico.domain.staff.StaffId;

/** G2: mails an invited member a new link; the one mailed before stops working. */
public interface ResendStaffInvitationUseCase {

    void resend(StaffId actor, StaffId member);
}
