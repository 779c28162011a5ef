package io.portico.application.twofactor.port.out;

import io.portico.domain.staff.StaffId;

/** Ends every open session of a staff member, on every node (issue 10 item 10). */
public interface EndStaffSessionsPort {

    void endSessionsOf(StaffId member);
}
