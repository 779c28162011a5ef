package io.portico.application.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.account.AccountFixtures;
import io.portico.application.access.TestReactions;
import io.portico.application.account.InMemoryAccounts;
import io.portico.application.audit.InMemoryAccessAudit;
import io.portico.application.contact.InMemoryContacts;
import io.portico.application.firm.InMemoryFirms;
import io.portico.application.link.InMemoryMailedLinks;
import io.portico.application.mail.FakeMailRenderer;
import io.portico.application.mail.InMemoryMailOutbox;
import io.portico.application.mail.MailQueue;
import io.portico.application.mail.port.out.OutgoingMail;
import io.portico.application.session.InMemoryCredentialEpochs;
import io.portico.application.shared.DirectTransactions;
import io.portico.application.shared.FixedLinks;
import io.portico.application.shared.MutableClock;
import io.portico.application.staff.port.in.AcceptStaffInvitationCommand;
import io.portico.application.staff.port.AccountToReassign;
import io.portico.application.staff.port.in.ChangeStaffRoleCommand;
import io.portico.application.staff.port.in.DeactivateStaffCommand;
import io.portico.application.staff.port.in.InviteStaffCommand;
import io.portico.application.staff.port.in.StaffSignIn;
import io.portico.application.staff.port.in.TeamMember;
import io.portico.domain.account.Account;
import io.portico.domain.account.access.HistoryType;
import io.portico.domain.firm.Firm;
import io.portico.domain.firm.FirmId;
import io.portico.domain.firm.FirmName;
import io.portico.domain.portal.InvitationValidity;
import io.portico.domain.session.CredentialHolder;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.LinkNoLongerValidException;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.shared.SecretToken;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRight;
import io.portico.domain.staff.StaffRole;
import io.portico.domain.staff.StaffStatus;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 10, items 1–4 (G2): the Team page, invitations, role and rights, ownership, deactivation. */
class TeamUseCasesTest {

    private static final String PASSWORD = "a long enough passphrase";

    private final MutableClock clock = new MutableClock(AccountFixtures.NOW);
    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryContacts contacts = new InMemoryContacts();
    private final InMemoryAccounts accounts = new InMemoryAccounts(contacts, staff);
    private final InMemoryMailedLinks links = new InMemoryMailedLinks();
    private final InMemoryMailOutbox outbox = new InMemoryMailOutbox();
    private final InMemoryCredentialEpochs epochs = new InMemoryCredentialEpochs();
    private final InMemoryTeamSettings settings = new InMemoryTeamSettings();
    private final InMemoryFirms firms = new InMemoryFirms();
    private final InMemoryStaffLanguages languages = new InMemoryStaffLanguages(staff);
    private final FakePasswordHasher hasher = new FakePasswordHasher();
    private Set<StaffId> withSecondFactor = Set.of();

    private final TeamService team = new TeamService(staff, links, member -> withSecondFactor.contains(member), accounts, settings);
    private final StaffInvitationService invitations = new StaffInvitationService(
            new StaffInvitationService.Ports(staff, languages, links, settings, () -> firms.load().map(Firm::name), epochs),
            new MailQueue(new FakeMailRenderer(), outbox, clock), new FixedLinks(), hasher, new DirectTransactions(), clock);
    private final InMemoryAccessAudit history = new InMemoryAccessAudit();
    private final TeamChangesService changes = new TeamChangesService(staff, accounts, epochs,
            TestReactions.of(staff, contacts, accounts, history, clock), new DirectTransactions(), clock);
    private final AuthenticateStaffService authenticate = new AuthenticateStaffService(staff, hasher, epochs, clock);

    private StaffMember owner;
    private StaffMember admin;
    private StaffMember employee;

    @BeforeEach
    void aFirm() {
        firms.create(new Firm(FirmId.random(), new FirmName("Studio Bianchi"), clock.instant()));
        owner = AccountFixtures.staff(staff, "Anna", "Bianchi", StaffRole.OWNER);
        admin = AccountFixtures.staff(staff, "Bruno", "Conti", StaffRole.ADMIN);
        employee = AccountFixtures.staff(staff, "Carla", "Deri", StaffRole.EMPLOYEE);
        staff.changePasswordHash(employee.id(), hasher.hash(PASSWORD));
    }

    private StaffId invite(String email, StaffRole role, Set<StaffRight> rights) {
        return invitations.invite(InviteStaffCommand.of(admin.id(), "Marco", "Verdi", email, role, rights, Locale.ITALIAN));
    }

    private SecretToken lastLink() {
        var matcher = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(outbox.queued().getLast().textBody());
        assertThat(matcher.find()).as("the mail carries a link").isTrue();
        return new SecretToken(matcher.group(1));
    }

    private TeamMember row(StaffId id) {
        return team.team(owner.id()).stream().filter(member -> member.id().equals(id)).findFirst().orElseThrow();
    }

    private long epoch(StaffMember member) {
        return epochs.epoch(new CredentialHolder.Staff(member.id()));
    }

    @Test
    void issue10_1_the_team_page_lists_every_member_with_role_rights_status_two_factor_and_last_sign_in() {
        withSecondFactor = Set.of(admin.id());
        staff.grantRights(employee.id(), Set.of(StaffRight.VIEW_ALL_ACCOUNTS));
        authenticate.authenticate(employee.email().value(), PASSWORD);
        StaffId invited = invite("marco@studio.it", StaffRole.EMPLOYEE, Set.of());

        assertThat(team.team(admin.id())).extracting(TeamMember::name)
                .containsExactly("Anna Bianchi", "Bruno Conti", "Carla Deri", "Marco Verdi");
        assertThat(row(admin.id()).twoFactor()).isTrue();
        assertThat(row(employee.id()).twoFactor()).isFalse();
        assertThat(row(employee.id()).rights()).containsExactly(StaffRight.VIEW_ALL_ACCOUNTS);
        assertThat(row(invited).status()).isEqualTo(StaffStatus.INVITED);
        assertThat(row(invited).invitedAt()).contains(clock.instant());
        assertThat(row(owner.id()).invitedAt()).isEmpty();
        assertThat(row(employee.id()).lastSignIn()).contains(clock.instant());
        assertThat(row(owner.id()).lastSignIn()).isEmpty();
        assertThat(row(owner.id()).role()).isEqualTo(StaffRole.OWNER);
    }

    @Test
    void issue10_1_the_team_page_is_for_owners_and_admins_only() {
        assertThatThrownBy(() -> team.team(employee.id())).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> team.team(StaffId.random())).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> team.invitationValidity(employee.id())).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> team.set(employee.id(), new InvitationValidity(3))).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> team.soleTeamAccounts(employee.id(), admin.id())).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void issue10_2_an_invitation_mails_a_link_in_the_chosen_language_and_accepting_it_once_signs_the_member_in() {
        StaffId marco = invite("marco@studio.it", StaffRole.EMPLOYEE, Set.of(StaffRight.MANAGE_ACCOUNTS));

        OutgoingMail mail = outbox.queued().getLast();
        assertThat(mail.to().value()).isEqualTo("marco@studio.it");
        assertThat(mail.textBody()).startsWith("staff-invitation [it]").contains("firmName=Studio Bianchi", "invitedBy=Bruno Conti",
                "firstName=Marco", "validDays=7", FixedLinks.BASE + "/join?token=");
        SecretToken token = lastLink();
        assertThat(authenticate.authenticate("marco@studio.it", PASSWORD)).as("no password before accepting").isEmpty();
        assertThat(invitations.open(token)).hasValueSatisfying(offer -> assertThat(offer.email()).isEqualTo("marco@studio.it"));
        assertThat(invitations.open(token)).as("opening uses nothing up").isPresent();

        StaffSignIn signIn = invitations.accept(new AcceptStaffInvitationCommand(token, PASSWORD));

        assertThat(signIn.id()).isEqualTo(marco);
        assertThat(signIn.role()).isEqualTo(StaffRole.EMPLOYEE);
        assertThat(row(marco).status()).isEqualTo(StaffStatus.ACTIVE);
        assertThat(row(marco).rights()).containsExactly(StaffRight.MANAGE_ACCOUNTS);
        assertThat(row(marco).lastSignIn()).contains(clock.instant());
        assertThat(row(marco).invitedAt()).as("an accepted invitation is no longer shown").isEmpty();
        assertThat(languages.language(marco)).contains(Locale.ITALIAN);
        assertThat(authenticate.authenticate("marco@studio.it", PASSWORD)).isPresent();
        assertThat(invitations.open(token)).as("single use").isEmpty();
        assertThatThrownBy(() -> invitations.accept(new AcceptStaffInvitationCommand(token, PASSWORD)))
                .isInstanceOf(LinkNoLongerValidException.class);
    }

    @Test
    void issue10_2_an_invitation_works_until_the_firms_expiry_and_not_from_that_instant() {
        team.set(owner.id(), new InvitationValidity(2));
        assertThat(team.invitationValidity(admin.id())).isEqualTo(new InvitationValidity(2));
        invite("marco@studio.it", StaffRole.EMPLOYEE, Set.of());
        SecretToken token = lastLink();
        assertThat(outbox.queued().getLast().textBody()).contains("validDays=2");

        clock.advance(Duration.ofDays(2).minusSeconds(1));
        assertThat(invitations.open(token)).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(invitations.open(token)).isEmpty();
        assertThatThrownBy(() -> invitations.accept(new AcceptStaffInvitationCommand(token, PASSWORD)))
                .isInstanceOf(LinkNoLongerValidException.class);
    }

    @Test
    void issue10_2_a_resent_invitation_voids_the_older_link_and_shows_when_it_was_sent() {
        StaffId marco = invite("marco@studio.it", StaffRole.EMPLOYEE, Set.of());
        SecretToken older = lastLink();
        clock.advance(Duration.ofHours(3));

        invitations.resend(owner.id(), marco);

        assertThat(outbox.queued()).hasSize(2);
        assertThat(outbox.queued().getLast().textBody()).startsWith("staff-invitation [it]");
        assertThat(invitations.open(older)).isEmpty();
        assertThat(invitations.open(lastLink())).isPresent();
        assertThat(row(marco).invitedAt()).contains(clock.instant());
    }

    @Test
    void issue10_2_a_revoked_invitation_stops_working_and_frees_the_address() {
        StaffId marco = invite("marco@studio.it", StaffRole.EMPLOYEE, Set.of());
        SecretToken token = lastLink();

        invitations.revoke(admin.id(), marco);

        assertThat(invitations.open(token)).isEmpty();
        assertThatThrownBy(() -> invitations.accept(new AcceptStaffInvitationCommand(token, PASSWORD)))
                .isInstanceOf(LinkNoLongerValidException.class);
        assertThat(staff.findById(marco)).isEmpty();
        assertThat(invite("marco@studio.it", StaffRole.ADMIN, Set.of())).isNotEqualTo(marco);
    }

    @Test
    void issue10_2_an_address_a_member_already_has_is_refused_on_its_field_and_nothing_is_mailed() {
        assertThatThrownBy(() -> invite("CARLA.deri@studio.it", StaffRole.EMPLOYEE, Set.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("email"));
        assertThat(outbox.queued()).isEmpty();
        assertThat(staff.all()).hasSize(3);
    }

    @Test
    void issue10_2_only_owners_and_admins_invite_and_nobody_is_invited_as_owner() {
        assertThatThrownBy(() -> invitations.invite(InviteStaffCommand.of(employee.id(), "Marco", "Verdi", "marco@studio.it",
                StaffRole.EMPLOYEE, Set.of(), Locale.ENGLISH))).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> invite("marco@studio.it", StaffRole.OWNER, Set.of())).isInstanceOf(NotAllowedException.class);
        assertThat(staff.all()).hasSize(3);
    }

    @Test
    void issue10_2_a_blank_name_is_refused_on_its_field_before_anything_is_stored() {
        assertThatThrownBy(() -> InviteStaffCommand.of(admin.id(), " ", "Verdi", "marco@studio.it", StaffRole.EMPLOYEE, Set.of(),
                Locale.ITALIAN)).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("firstName"));
        assertThatThrownBy(() -> InviteStaffCommand.of(admin.id(), "Marco", "Verdi", "not an address", StaffRole.EMPLOYEE, Set.of(),
                Locale.ITALIAN)).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("email"));
    }

    @Test
    void issue10_2_rights_are_an_employees_an_invited_admin_keeps_none() {
        StaffId marco = invite("marco@studio.it", StaffRole.ADMIN, Set.of(StaffRight.DEFAULT_ACCOUNT_ACCESS));
        assertThat(staff.rights(marco)).isEmpty();
    }

    @Test
    void issue10_2_only_an_invited_member_is_resent_or_revoked() {
        assertThatThrownBy(() -> invitations.resend(owner.id(), employee.id()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("member"));
        assertThatThrownBy(() -> invitations.revoke(owner.id(), employee.id()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("member"));
        assertThatThrownBy(() -> invitations.revoke(owner.id(), StaffId.random()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("member"));
        assertThatThrownBy(() -> invitations.resend(employee.id(), employee.id())).isInstanceOf(NotAllowedException.class);
        assertThat(staff.findById(employee.id())).isPresent();
    }

    @Test
    void issue10_2_a_made_up_link_opens_nothing() {
        assertThat(invitations.open(SecretToken.generate())).isEmpty();
        assertThatThrownBy(() -> invitations.accept(new AcceptStaffInvitationCommand(SecretToken.generate(), PASSWORD)))
                .isInstanceOf(LinkNoLongerValidException.class);
    }

    @Test
    void issue10_3_an_admin_changes_an_employees_role_and_rights_and_their_sessions_end() {
        changes.change(new ChangeStaffRoleCommand(admin.id(), employee.id(), StaffRole.EMPLOYEE,
                Set.of(StaffRight.VIEW_ALL_ACCOUNTS, StaffRight.DEFAULT_ACCOUNT_ACCESS)));
        assertThat(staff.rights(employee.id())).containsExactlyInAnyOrder(StaffRight.VIEW_ALL_ACCOUNTS, StaffRight.DEFAULT_ACCOUNT_ACCESS);
        assertThat(epoch(employee)).isEqualTo(1);

        changes.change(new ChangeStaffRoleCommand(admin.id(), employee.id(), StaffRole.ADMIN, Set.of(StaffRight.VIEW_ALL_ACCOUNTS)));
        assertThat(staff.findById(employee.id()).orElseThrow().role()).isEqualTo(StaffRole.ADMIN);
        assertThat(staff.rights(employee.id())).isEmpty();
        assertThat(epoch(employee)).isEqualTo(2);
    }

    @Test
    void issue10_3_admins_cannot_change_the_owner_nor_make_an_owner_nor_change_themselves() {
        assertThatThrownBy(() -> changes.change(new ChangeStaffRoleCommand(admin.id(), owner.id(), StaffRole.ADMIN, Set.of())))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> changes.change(new ChangeStaffRoleCommand(owner.id(), employee.id(), StaffRole.OWNER, Set.of())))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> changes.change(new ChangeStaffRoleCommand(admin.id(), admin.id(), StaffRole.EMPLOYEE, Set.of())))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> changes.change(new ChangeStaffRoleCommand(employee.id(), admin.id(), StaffRole.EMPLOYEE, Set.of())))
                .isInstanceOf(NotAllowedException.class);
        assertThat(staff.findById(owner.id()).orElseThrow().role()).isEqualTo(StaffRole.OWNER);
        assertThat(staff.findById(admin.id()).orElseThrow().role()).isEqualTo(StaffRole.ADMIN);
        assertThat(epoch(owner) + epoch(admin) + epoch(employee)).isZero();
    }

    @Test
    void issue10_3_the_owner_hands_ownership_to_an_admin_and_becomes_an_admin() {
        StaffSignIn formerOwner = changes.hand(owner.id(), admin.id());

        assertThat(staff.findById(admin.id()).orElseThrow().role()).isEqualTo(StaffRole.OWNER);
        assertThat(staff.findById(owner.id()).orElseThrow().role()).isEqualTo(StaffRole.ADMIN);
        assertThat(formerOwner.role()).isEqualTo(StaffRole.ADMIN);
        assertThat(formerOwner.epoch()).isEqualTo(1).isEqualTo(epoch(owner));
        assertThat(epoch(admin)).isEqualTo(1);
    }

    @Test
    void issue10_3_ownership_goes_only_from_the_owner_to_an_active_admin() {
        assertThatThrownBy(() -> changes.hand(admin.id(), employee.id())).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> changes.hand(owner.id(), employee.id())).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> changes.hand(StaffId.random(), admin.id())).isInstanceOf(NotAllowedException.class);
        changes.deactivate(new DeactivateStaffCommand(owner.id(), admin.id(), owner.id()));
        assertThatThrownBy(() -> changes.hand(owner.id(), admin.id())).isInstanceOf(NotAllowedException.class);
        assertThat(staff.findById(owner.id()).orElseThrow().role()).isEqualTo(StaffRole.OWNER);
    }

    @Test
    void issue10_4_a_deactivated_member_is_signed_out_everywhere_cannot_sign_in_and_stays_listed() {
        assertThat(authenticate.authenticate(employee.email().value(), PASSWORD)).isPresent();
        changes.deactivate(new DeactivateStaffCommand(admin.id(), employee.id(), owner.id()));

        assertThat(epoch(employee)).isEqualTo(1);
        assertThat(authenticate.authenticate(employee.email().value(), PASSWORD)).isEmpty();
        assertThat(row(employee.id()).status()).isEqualTo(StaffStatus.DEACTIVATED);
    }

    @Test
    void issue10_4_accounts_only_the_member_looked_after_go_to_the_chosen_colleague_in_the_same_step() {
        Account alone = accounts(AccountFixtures.individual("Rossi Mario", Set.of(employee.id()),
                AccountFixtures.plain(AccountFixtures.contact(contacts, owner.id(), "Mario", "Rossi"))));
        Account shared = accounts(AccountFixtures.individual("Neri Luca", Set.of(employee.id(), owner.id()),
                AccountFixtures.plain(AccountFixtures.contact(contacts, owner.id(), "Luca", "Neri"))));
        assertThat(team.soleTeamAccounts(owner.id(), employee.id())).extracting(AccountToReassign::name).containsExactly("Rossi Mario");

        changes.deactivate(new DeactivateStaffCommand(owner.id(), employee.id(), admin.id()));

        assertThat(accounts.find(alone.id()).orElseThrow().team()).containsExactlyInAnyOrder(employee.id(), admin.id());
        assertThat(accounts.find(shared.id()).orElseThrow().team()).containsExactlyInAnyOrder(employee.id(), owner.id());
        assertThat(history.history(alone.id(), 10)).as("a team change like any other, in the account's history")
                .anySatisfy(entry -> {
                    assertThat(entry.type()).isEqualTo(HistoryType.TEAM_MEMBER_ADDED);
                    assertThat(entry.by().staff()).contains(owner.id());
                });
        assertThat(history.history(shared.id(), 10)).noneMatch(entry -> entry.type() == HistoryType.TEAM_MEMBER_ADDED);
    }

    private Account accounts(Account account) {
        accounts.add(account, owner.id(), clock.instant());
        return account;
    }

    @Test
    void issue10_4_nobody_deactivates_the_owner_or_themselves_and_accounts_go_only_to_an_active_colleague() {
        assertThatThrownBy(() -> changes.deactivate(new DeactivateStaffCommand(admin.id(), owner.id(), admin.id())))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> changes.deactivate(new DeactivateStaffCommand(admin.id(), admin.id(), owner.id())))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> changes.deactivate(new DeactivateStaffCommand(admin.id(), employee.id(), employee.id())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reassignTo"));
        StaffId invited = invite("marco@studio.it", StaffRole.EMPLOYEE, Set.of());
        assertThatThrownBy(() -> changes.deactivate(new DeactivateStaffCommand(admin.id(), employee.id(), invited)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reassignTo"));
        assertThatThrownBy(() -> changes.deactivate(new DeactivateStaffCommand(admin.id(), invited, owner.id())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("member"));
        assertThat(staff.active()).hasSize(3);
        assertThat(epoch(employee) + epoch(owner) + epoch(admin)).isZero();
    }

    @Test
    void issue10_4_reactivation_restores_sign_in() {
        changes.deactivate(new DeactivateStaffCommand(admin.id(), employee.id(), owner.id()));
        changes.reactivate(admin.id(), employee.id());
        assertThat(authenticate.authenticate(employee.email().value(), PASSWORD)).isPresent();
        assertThatThrownBy(() -> changes.reactivate(admin.id(), employee.id()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("member"));
        assertThatThrownBy(() -> changes.reactivate(employee.id(), admin.id())).isInstanceOf(NotAllowedException.class);
    }
}
