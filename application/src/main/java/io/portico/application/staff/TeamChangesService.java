package io.portico.application.staff;

import io.portico.application.access.AccessReactions;
import io.portico.application.session.port.out.CredentialEpochPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.port.AccountToReassign;
import io.portico.application.staff.port.in.ChangeStaffRoleCommand;
import io.portico.application.staff.port.in.ChangeStaffRoleUseCase;
import io.portico.application.staff.port.in.DeactivateStaffCommand;
import io.portico.application.staff.port.in.DeactivateStaffUseCase;
import io.portico.application.staff.port.in.HandOwnershipUseCase;
import io.portico.application.staff.port.in.ReactivateStaffUseCase;
import io.portico.application.staff.port.in.StaffSignIn;
import io.portico.application.staff.port.out.SoleTeamAccountsPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.access.AccessEvent;
import io.portico.domain.account.access.Actor;
import io.portico.domain.session.CredentialHolder;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import io.portico.domain.staff.StaffStatus;
import io.portico.domain.staff.TeamRules;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * G2: changes to who is on the team and what they may do. A change that takes something away raises the
 * member's credential epoch, so their open sessions end at their next request, on any node.
 */
public final class TeamChangesService implements ChangeStaffRoleUseCase, HandOwnershipUseCase, DeactivateStaffUseCase,
        ReactivateStaffUseCase {

    private final StaffPort staff;
    private final TeamMembers members;
    private final SoleTeamAccountsPort soleTeams;
    private final CredentialEpochPort epochs;
    private final AccessReactions reactions;
    private final Transactions transactions;
    private final Clock clock;

    public TeamChangesService(StaffPort staff, SoleTeamAccountsPort soleTeams, CredentialEpochPort epochs, AccessReactions reactions,
                              Transactions transactions, Clock clock) {
        this.staff = staff;
        this.members = new TeamMembers(staff);
        this.soleTeams = soleTeams;
        this.epochs = epochs;
        this.reactions = reactions;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void change(ChangeStaffRoleCommand command) {
        transactions.inTransaction(() -> {
            StaffMember target = changeable(command.actor(), command.member());
            staff.save(target.withRole(command.role()));
            staff.grantRights(target.id(), command.rights());
            endSessions(target.id());
        });
    }

    @Override
    public StaffSignIn hand(StaffId ownerId, StaffId newOwnerId) {
        return transactions.inTransaction(() -> {
            StaffMember owner = staff.findById(ownerId).orElseThrow(() -> new NotAllowedException("hand ownership on"));
            StaffMember newOwner = members.member(newOwnerId);
            TeamRules.requireMayHandOwnership(owner, newOwner);
            StaffMember formerOwner = owner.withRole(StaffRole.ADMIN);
            staff.save(formerOwner);
            staff.save(newOwner.withRole(StaffRole.OWNER));
            staff.grantRights(newOwner.id(), Set.of());
            endSessions(newOwner.id());
            return StaffSignIn.of(formerOwner, endSessions(owner.id()));
        });
    }

    @Override
    public void deactivate(DeactivateStaffCommand command) {
        transactions.inTransaction(() -> {
            StaffMember target = changeable(command.actor(), command.member());
            require(target.active(), "member", "team.not-active");
            StaffMember heir = members.member(command.reassignTo());
            require(heir.active() && !heir.id().equals(target.id()), "reassignTo", "team.reassign-invalid");
            reassign(command.actor(), target, heir);
            staff.save(target.withStatus(StaffStatus.DEACTIVATED));
            endSessions(target.id());
        });
    }

    @Override
    public void reactivate(StaffId actor, StaffId member) {
        transactions.inTransaction(() -> {
            StaffMember target = changeable(actor, member);
            require(target.status() == StaffStatus.DEACTIVATED, "member", "team.not-deactivated");
            staff.save(target.withStatus(StaffStatus.ACTIVE));
        });
    }

    /** A6: each account handed on is a team change like any other (history, the heir's notice). */
    private void reassign(StaffId actor, StaffMember from, StaffMember heir) {
        List<AccountId> accounts = soleTeams.soleMemberOf(from.id()).stream().map(AccountToReassign::id).toList();
        soleTeams.addToTeams(heir.id(), accounts);
        Instant now = clock.instant();
        reactions.on(accounts.stream()
                .<AccessEvent>map(account -> new AccessEvent.TeamMemberAdded(account, Actor.staff(actor), now, heir.id()))
                .toList());
    }

    private StaffMember changeable(StaffId actorId, StaffId memberId) {
        StaffMember actor = members.administrator(actorId);
        StaffMember target = members.member(memberId);
        TeamRules.requireMayChange(actor, target);
        return target;
    }

    private long endSessions(StaffId member) {
        return epochs.raise(new CredentialHolder.Staff(member));
    }

    private static void require(boolean holds, String field, String messageKey) {
        if (!holds) {
            throw new InvalidInputException(field, messageKey);
        }
    }
}
