package io.portico.application.mail.port.out;

import io.portico.domain.staff.StaffId;

/** Whether a staff member is, right now, an active owner or admin: the Dev mailbox is theirs only. */
@FunctionalInterface
public interface WhoAdministers {

    boolean administers(StaffId staff);
}
