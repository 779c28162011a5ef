package io.portico.domain.account;

import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffRight;
import io.portico.domain.staff.StaffRole;
import java.util.Objects;
import java.util.Set;

/**
 * F2: owners and admins see every account; an employee sees the accounts whose team they are on,
 * or all of them with <i>view all accounts</i>. Creating and editing needs <i>manage accounts</i>.
 */
public record AccountVisibility(StaffId viewer, StaffRole role, Set<StaffRight> rights) {

    public AccountVisibility {
        Objects.requireNonNull(viewer, "viewer");
        Objects.requireNonNull(role, "role");
        rights = Set.copyOf(rights);
    }

    /** Whether the viewer sees every account, so lists need no team filter. */
    public boolean seesAll() {
        return role.administers() || rights.contains(StaffRight.VIEW_ALL_ACCOUNTS);
    }

    public boolean canView(Account account) {
        return seesAll() || account.hasTeamMember(viewer);
    }

    public boolean canCreate() {
        return role.administers() || rights.contains(StaffRight.MANAGE_ACCOUNTS);
    }

    public boolean canEdit(Account account) {
        return canCreate() && canView(account);
    }
}
