package io.portico.application.staff;

import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import java.util.Comparator;
import java.util.List;

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

    /** Every active owner and admin, the owner first: whom the firm's own notices go to, and who acts for the firm. */
    public List<StaffId> everyone() {
        return staff.active().stream().filter(member -> member.role().administers())
                .sorted(Comparator.comparing(member -> member.role() != StaffRole.OWNER)).map(StaffMember::id).toList();
    }

    /** Whether {@code actor} is an active owner or admin. */
    public boolean administers(StaffId actor) {
        return staff.findById(actor).filter(StaffMember::active).map(member -> member.role().administers()).orElse(false);
    }
}
