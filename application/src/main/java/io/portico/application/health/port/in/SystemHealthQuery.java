package io.portico.application.health.port.in;

import io.portico.application.health.port.SystemHealth;
import io.portico.domain.staff.StaffId;

/** Issue 14 item 7: the installation's health, for owners and admins only. */
public interface SystemHealthQuery {

    /** @throws io.portico.domain.shared.NotAllowedException unless the viewer administers */
    SystemHealth health(StaffId viewer);
}
