package io.portico.application.staff.port.in;

import io.portico.domain.staff.StaffId;

/** G2: a deactivated member may sign in again, with the password they had. */
public interface ReactivateStaffUseCase {

    void reactivate(StaffId actor, StaffId member);
}
