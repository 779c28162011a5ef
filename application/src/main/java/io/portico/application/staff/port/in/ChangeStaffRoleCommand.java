package io.portico.application.staff.port.in;

import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffRight;
import io.portico.domain.staff.StaffRole;
import io.portico.domain.staff.TeamRules;
import java.util.Objects;
import java.util.Set;

/** G2: a member's new role and, for an employee, rights. Nobody is made owner this way. */
public record ChangeStaffRoleCommand(StaffId actor, StaffId member, StaffRole role, Set<StaffRight> rights) {

    public ChangeStaffRoleCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(role, "role");
        TeamRules.requireGrantable(role);
        rights = TeamRules.rightsFor(role, rights);
    }
}
