package io.portico.application.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.account.AccountFixtures;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.link.port.out.MailedLinkPort;
import io.portico.application.staff.port.AccountToReassign;
import io.portico.application.staff.port.out.SoleTeamAccountsPort;
import io.portico.application.staff.port.out.StaffInvitationsPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.application.staff.port.out.TeamSettingsPort;
import io.portico.domain.account.Account;
import io.portico.domain.link.LinkHolder;
import io.portico.domain.link.LinkPurpose;
import io.portico.domain.link.MailedLink;
import io.portico.domain.portal.InvitationValidity;
import io.portico.domain.shared.SecretToken;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import io.portico.domain.staff.StaffStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the Team page's out ports do; each test starts with a firm and no staff. */
public abstract class TeamPortsContract {

    private static final Instant NOW = AccountFixtures.NOW;

    protected abstract StaffPort staff();

    protected abstract ContactPort contacts();

    protected abstract AccountPort accounts();

    protected abstract MailedLinkPort links();

    protected abstract StaffInvitationsPort invitations();

    protected abstract SoleTeamAccountsPort soleTeams();

    protected abstract TeamSettingsPort settings();

    @Test
    void issue10_the_staff_invitation_validity_is_seven_days_until_the_firm_changes_it() {
        assertThat(settings().staffInvitationValidity()).isEqualTo(InvitationValidity.DEFAULT);
        settings().staffInvitationValidity(new InvitationValidity(3));
        assertThat(settings().staffInvitationValidity()).isEqualTo(new InvitationValidity(3));
    }

    @Test
    void issue10_the_newest_staff_invitation_of_each_member_is_when_it_was_sent() {
        StaffMember anna = AccountFixtures.staff(staff(), "Anna", "Bianchi", StaffRole.OWNER);
        StaffMember marco = AccountFixtures.staff(staff(), "Marco", "Verdi", StaffRole.EMPLOYEE);
        issue(LinkPurpose.STAFF_INVITATION, marco, NOW);
        issue(LinkPurpose.STAFF_INVITATION, marco, NOW.plus(Duration.ofHours(2)));
        issue(LinkPurpose.STAFF_PASSWORD_RESET, anna, NOW.plus(Duration.ofHours(3)));

        assertThat(invitations().lastSent()).containsOnlyKeys(marco.id()).containsEntry(marco.id(), NOW.plus(Duration.ofHours(2)));
    }

    private void issue(LinkPurpose purpose, StaffMember member, Instant at) {
        links().issue(MailedLink.issue(SecretToken.generate().hash(), purpose, LinkHolder.of(member.id().value()), at));
    }

    @Test
    void issue10_4_accounts_without_another_active_member_are_the_ones_to_reassign_and_go_to_the_heir() {
        StaffMember anna = AccountFixtures.staff(staff(), "Anna", "Bianchi", StaffRole.OWNER);
        StaffMember carla = AccountFixtures.staff(staff(), "Carla", "Deri", StaffRole.EMPLOYEE);
        StaffMember gone = AccountFixtures.staff(staff(), "Gino", "Neri", StaffRole.EMPLOYEE);
        staff().save(gone.withStatus(StaffStatus.DEACTIVATED));
        Account alone = account("Rossi Mario", Set.of(carla.id()), anna);
        Account withGone = account("Bassi Lina", Set.of(carla.id(), gone.id()), anna);
        account("Neri Luca", Set.of(carla.id(), anna.id()), anna);
        account("Verdi Gianni", Set.of(anna.id()), anna);

        List<AccountToReassign> sole = soleTeams().soleMemberOf(carla.id());

        assertThat(sole).containsExactly(new AccountToReassign(withGone.id(), "Bassi Lina"), new AccountToReassign(alone.id(), "Rossi Mario"));
        soleTeams().addToTeams(anna.id(), sole.stream().map(AccountToReassign::id).toList());
        soleTeams().addToTeams(anna.id(), List.of(alone.id()));
        soleTeams().addToTeams(anna.id(), List.of());
        assertThat(accounts().find(alone.id()).orElseThrow().team()).containsExactlyInAnyOrder(carla.id(), anna.id());
        assertThat(accounts().find(alone.id()).orElseThrow().version()).isGreaterThan(0);
        assertThat(soleTeams().soleMemberOf(carla.id())).isEmpty();
    }

    private Account account(String name, Set<io.portico.domain.staff.StaffId> team, StaffMember by) {
        String[] names = name.split(" ");
        Account account = AccountFixtures.individual(name, team,
                AccountFixtures.plain(AccountFixtures.contact(contacts(), by.id(), names[1], names[0])));
        accounts().add(account, by.id(), NOW);
        return account;
    }
}
