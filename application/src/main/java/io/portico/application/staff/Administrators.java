package io.portico.application.staff;

import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffMember;

/** G3: the firm's settings are for its owner and admins; looked up on every call, so a demotion applies at once. */
public final class Administrators {

    private final StaffPort staff;

    public Administrators(StaffPort staff) {
        this.staff = staff;
    }

    /** @throws NotAllowedException unless {@code actor} is an active owner or admin */
    public void require(StaffId actor, String action) {
        if (!administers(actor)) {
            throw new NotAllowedException(action);
        }
    }

    /** Whether {@code actor} is an active owner or admin. */
    public boolean administers(StaffId actor) {
        return staff.findById(actor).filter(StaffMember::active).map(member -> member.role().administers()).orElse(false);
    }
}
