package io.portico.application.staff.port.in;

import io.portico.application.staff.port.AccountToReassign;
import io.portico.domain.portal.InvitationValidity;
import io.portico.domain.staff.StaffId;
import java.util.List;

/** G2: the Team page, for owners and admins only. */
public interface TeamQuery {

    /** Every member, by name. @throws io.portico.domain.shared.NotAllowedException unless the actor administers */
    List<TeamMember> team(StaffId actor);

    /** The accounts that would be left without an active team member if {@code member} were deactivated. */
    List<AccountToReassign> soleTeamAccounts(StaffId actor, StaffId member);

    InvitationValidity invitationValidity(StaffId actor);
}
