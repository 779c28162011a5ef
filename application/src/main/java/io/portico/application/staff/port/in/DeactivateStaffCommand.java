package io.portico.application.staff.port.in;

import io.portico.domain.staff.StaffId;
import java.util.Objects;

/** G2: deactivates {@code member}; the accounts only they looked after go to {@code reassignTo}. */
public record DeactivateStaffCommand(StaffId actor, StaffId member, StaffId reassignTo) {

    public DeactivateStaffCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(reassignTo, "reassignTo");
    }
}
