package io.portico.application.staff;

import io.portico.application.staff.port.AccountToReassign;
import io.portico.application.staff.port.in.SetStaffInvitationValidityUseCase;
import io.portico.application.staff.port.in.TeamMember;
import io.portico.application.staff.port.in.TeamQuery;
import io.portico.application.staff.port.out.SoleTeamAccountsPort;
import io.portico.application.staff.port.out.StaffInvitationsPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.application.staff.port.out.TeamSettingsPort;
import io.portico.application.staff.port.out.TwoFactorStatusPort;
import io.portico.domain.portal.InvitationValidity;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** G2: the Team page and the firm's team settings, for owners and admins. */
public final class TeamService implements TeamQuery, SetStaffInvitationValidityUseCase {

    private final StaffPort staff;
    private final TeamMembers members;
    private final StaffInvitationsPort invitations;
    private final TwoFactorStatusPort twoFactor;
    private final SoleTeamAccountsPort soleTeams;
    private final TeamSettingsPort settings;

    public TeamService(StaffPort staff, StaffInvitationsPort invitations, TwoFactorStatusPort twoFactor,
                       SoleTeamAccountsPort soleTeams, TeamSettingsPort settings) {
        this.staff = staff;
        this.members = new TeamMembers(staff);
        this.invitations = invitations;
        this.twoFactor = twoFactor;
        this.soleTeams = soleTeams;
        this.settings = settings;
    }

    @Override
    public List<TeamMember> team(StaffId actor) {
        members.administrator(actor);
        Map<StaffId, Instant> sent = invitations.lastSent();
        return staff.all().stream().map(member -> row(member, sent)).toList();
    }

    private TeamMember row(StaffMember member, Map<StaffId, Instant> sent) {
        StaffId id = member.id();
        // only an open invitation's mailing says anything; a member who accepted has signed in since
        Optional<Instant> invitedAt = member.status() == StaffStatus.INVITED ? Optional.ofNullable(sent.get(id)) : Optional.empty();
        return new TeamMember(id, member.name().full(), member.email().value(), member.role(), staff.rights(id), member.status(),
                twoFactor.hasSecondFactor(id), staff.lastSignIn(id), invitedAt);
    }

    @Override
    public List<AccountToReassign> soleTeamAccounts(StaffId actor, StaffId member) {
        members.administrator(actor);
        return soleTeams.soleMemberOf(members.member(member).id());
    }

    @Override
    public InvitationValidity invitationValidity(StaffId actor) {
        members.administrator(actor);
        return settings.staffInvitationValidity();
    }

    @Override
    public void set(StaffId actor, InvitationValidity validity) {
        members.administrator(actor);
        settings.staffInvitationValidity(validity);
    }
}
