package io.portico.application.job;

import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffMember;
import java.util.Optional;

/**
 * Issue 12 item 2: whose jobs a staff member sees — the ones they started; owners and admins every job.
 * Looked up on every call, so a changed role applies at once.
 */
public final class JobViewers {

    private final StaffPort staff;

    public JobViewers(StaffPort staff) {
        this.staff = staff;
    }

    /** Only the jobs the viewer started, or empty: every job. */
    Optional<StaffId> restriction(StaffId viewer) {
        StaffMember member = staff.findById(viewer).filter(StaffMember::active)
                .orElseThrow(() -> new NotAllowedException("not an active staff member"));
        return member.role().administers() ? Optional.empty() : Optional.of(viewer);
    }

    boolean maySee(StaffId viewer, StaffId startedBy) {
        return restriction(viewer).map(startedBy::equals).orElse(true);
    }
}
