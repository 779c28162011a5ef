package io.portico.application.staff.port.out;

import io.portico.application.staff.port.AccountToReassign;
import io.portico.domain.account.AccountId;
import io.portico.domain.staff.StaffId;
import java.util.Collection;
import java.util.List;

/** G2: accounts left without an active team member when one is deactivated, and handing them on. */
public interface SoleTeamAccountsPort {

    /** The accounts whose team has {@code member} and no other active member, by name. */
    List<AccountToReassign> soleMemberOf(StaffId member);

    /** Puts {@code member} on the team of each account (those already on it stay as they are). */
    void addToTeams(StaffId member, Collection<AccountId> accounts);
}
