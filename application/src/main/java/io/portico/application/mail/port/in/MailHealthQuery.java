package io.portico.application.mail.port.in;

import io.portico.application.mail.port.MailHealth;
import io.portico.domain.staff.StaffId;

/** Item 11: how mail delivery goes, for owners and admins only. */
public interface MailHealthQuery {

    /** @throws io.portico.domain.shared.NotAllowedException unless the viewer administers */
    MailHealth health(StaffId viewer);
}
