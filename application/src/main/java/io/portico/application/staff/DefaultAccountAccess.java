package io.portico.application.staff;

import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRight;
import java.util.HashSet;
import java.util.Set;

/** G2: employees with <i>default account access</i> join the team of every new account, asked when it is made. */
public final class DefaultAccountAccess {

    private final StaffPort staff;

    public DefaultAccountAccess(StaffPort staff) {
        this.staff = staff;
    }

    /** {@code team} and every active member with the right. */
    public Set<StaffId> joining(Set<StaffId> team) {
        Set<StaffId> joined = new HashSet<>(team);
        staff.active().stream()
                .map(StaffMember::id)
                .filter(id -> staff.rights(id).contains(StaffRight.DEFAULT_ACCOUNT_ACCESS))
                .forEach(joined::add);
        return Set.copyOf(joined);
    }
}
