package io.portico.application.portal;

import io.portico.application.access.AccessChanges;
import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.account.AccountFixtures;
import io.portico.application.account.EditLinksService;
import io.portico.application.account.InMemoryAccounts;
import io.portico.application.account.port.in.ChangeAccessCommand;
import io.portico.application.account.port.in.InvitationRequest;
import io.portico.application.audit.InMemoryAccessAudit;
import io.portico.application.contact.InMemoryContacts;
import io.portico.application.mail.FakeMailRenderer;
import io.portico.application.mail.InMemoryMailOutbox;
import io.portico.application.mail.MailQueue;
import io.portico.application.mail.port.out.OutgoingMail;
import io.portico.application.portal.port.in.InvitationTarget;
import io.portico.application.portal.port.in.LoginStatus;
import io.portico.application.portal.port.in.PendingActivation;
import io.portico.application.portal.port.in.ResendInvitationsCommand;
import io.portico.application.portal.port.in.ResendReport;
import io.portico.application.shared.DirectTransactions;
import io.portico.application.shared.MutableClock;
import io.portico.application.account.Viewers;
import io.portico.application.staff.InMemoryStaff;
import io.portico.domain.access.AccessToggle;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.Account;
import io.portico.domain.account.ContactLink;
import io.portico.domain.contact.Contact;
import io.portico.domain.portal.LoginState;
import io.portico.domain.portal.PortalUser;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRight;
import io.portico.domain.staff.StaffRole;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** B3, B4: the staff's view of portal access — each address's state, Pending activation, Resend invitation. */
class StaffPortalUseCasesTest {

    private static final EmailAddress MARIO = new EmailAddress("mario@rossi.it");
    private static final EmailAddress MARIO_GMAIL = new EmailAddress("mario@gmail.com");
    private static final EmailAddress GIULIA = new EmailAddress("giulia@bianchi.it");

    private final MutableClock clock = new MutableClock(AccountFixtures.NOW);
    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryContacts contacts = new InMemoryContacts();
    private final PortalFakes portal = new PortalFakes();
    private final InMemoryAccounts accounts = new InMemoryAccounts(contacts, staff, new io.portico.application.tag.InMemoryTags(), portal.users);
    private final InMemoryAccessAudit auditLog = new InMemoryAccessAudit();
    private final InMemoryMailOutbox outbox = new InMemoryMailOutbox();
    private final MailQueue mail = new MailQueue(new FakeMailRenderer(), outbox, clock);
    private final Invitations invitations = portal.invitations(accounts, mail);
    private final io.portico.application.access.AccessReactions reactions = io.portico.application.access.TestReactions.of(staff, contacts,
            accounts, auditLog, invitations, mail, new io.portico.application.inbox.InMemoryNotifications(),
            new io.portico.application.staff.InMemoryStaffLanguages(staff));
    private final Viewers viewers = new Viewers(staff, accounts, accounts.archive());
    private final EditLinksService toggles = new EditLinksService(viewers, accounts, new AccessChanges(accounts, reactions), new DirectTransactions(), clock);
    private final LoginStatusService statuses = new LoginStatusService(viewers, invitations, portal.links, clock);
    private final LoginActivityService activity = new LoginActivityService(viewers,
            new InMemoryLoginActivity(accounts, contacts, portal.users));
    private final PendingActivationService pending = new PendingActivationService(portal.pending(accounts, contacts), viewers,
            invitations, reactions, new DirectTransactions(), clock);

    private StaffMember anna;
    private StaffMember marco;
    private Contact mario;
    private Account rossi;
    private Account bianchi;

    @BeforeEach
    void twoAccountsWithLoginOff() {
        anna = AccountFixtures.staff(staff, "Anna", "Bianchi", StaffRole.OWNER);
        marco = AccountFixtures.staff(staff, "Marco", "Verdi", StaffRole.EMPLOYEE);
        mario = AccountFixtures.contact(contacts, anna.id(), "Mario", "Rossi", MARIO.value(), MARIO_GMAIL.value());
        rossi = AccountFixtures.individual("Rossi family", Set.of(anna.id(), marco.id()), AccountFixtures.plain(mario));
        accounts.add(rossi, anna.id(), AccountFixtures.NOW);
        Contact giulia = AccountFixtures.contact(contacts, anna.id(), "Giulia", "Bianchi", GIULIA.value());
        bianchi = AccountFixtures.individual("Bianchi", Set.of(anna.id()), ContactLink.of(giulia, "", List.of(
                new EmailAccess(GIULIA, true, false, false))));
        accounts.add(bianchi, anna.id(), AccountFixtures.NOW);
    }

    @Test
    void B4_each_address_shows_its_state_from_not_invited_to_active() {
        loginOn(MARIO, Optional.empty());
        assertThat(statusOf(MARIO)).isEqualTo(new LoginStatus(MARIO, LoginState.NOT_INVITED, Optional.empty()));
        assertThat(statusOf(MARIO_GMAIL).state()).isEqualTo(LoginState.REVOKED);

        clock.advance(Duration.ofHours(1));
        loginOn(MARIO_GMAIL, Optional.of(new InvitationRequest("")));
        assertThat(statusOf(MARIO_GMAIL)).isEqualTo(new LoginStatus(MARIO_GMAIL, LoginState.INVITED, Optional.of(clock.instant())));

        clock.advance(Duration.ofDays(8));
        assertThat(statusOf(MARIO_GMAIL).state()).isEqualTo(LoginState.EXPIRED);

        portal.users.add(PortalUser.activate(MARIO, "hash", clock.instant()));
        assertThat(statusOf(MARIO).state()).isEqualTo(LoginState.ACTIVE);
    }

    @Test
    void B4_F2_an_account_the_viewer_may_not_see_has_no_statuses() {
        assertThat(statuses.statuses(marco.id(), bianchi.id())).isEmpty();
        assertThat(statuses.statuses(anna.id(), bianchi.id())).extracting(LoginStatus::state).containsExactly(LoginState.NOT_INVITED);
    }

    @Test
    void B3_lists_every_address_pending_activation_with_its_state_and_last_link() {
        clock.advance(Duration.ofMinutes(1)); // after Bianchi's, whose LOGIN went on when it was created
        loginOn(MARIO, Optional.of(new InvitationRequest("")));
        clock.advance(Duration.ofDays(8));
        loginOn(MARIO_GMAIL, Optional.of(new InvitationRequest("")));

        List<PendingActivation> rows = pending.page(anna.id(), Optional.empty(), 10);

        assertThat(rows).extracting(row -> row.accountName() + " " + row.contactName() + " " + row.email().value() + " " + row.state())
                .containsExactly("Bianchi Giulia Bianchi giulia@bianchi.it NOT_INVITED",
                        "Rossi family Mario Rossi mario@rossi.it EXPIRED",
                        "Rossi family Mario Rossi mario@gmail.com INVITED");
        assertThat(rows.get(1).lastInvitedAt()).contains(AccountFixtures.NOW.plus(Duration.ofMinutes(1)));
        assertThat(rows.get(2).loginOnAt()).isEqualTo(clock.instant());
    }

    @Test
    void B3_an_activated_address_leaves_the_list() {
        portal.users.add(PortalUser.activate(GIULIA, "hash", clock.instant()));

        assertThat(pending.page(anna.id(), Optional.empty(), 10)).isEmpty();
    }

    @Test
    void B3_F2_an_employee_sees_only_the_accounts_of_their_teams_unless_they_may_view_all() {
        loginOn(MARIO, Optional.empty());

        assertThat(pending.page(marco.id(), Optional.empty(), 10)).extracting(PendingActivation::accountName)
                .containsExactly("Rossi family");
        staff.grantRights(marco.id(), Set.of(StaffRight.VIEW_ALL_ACCOUNTS));
        assertThat(pending.page(marco.id(), Optional.empty(), 10)).extracting(PendingActivation::accountName)
                .containsExactlyInAnyOrder("Rossi family", "Bianchi");
    }

    @Test
    void B3_resending_a_selection_voids_older_links_sends_new_ones_and_reports_each_refusal() {
        Contact giulia = contacts.findByEmail(GIULIA).orElseThrow();
        contacts.update(giulia.withLanguage(Optional.of(io.portico.domain.shared.Language.IT)), anna.id(), clock.instant());
        loginOn(MARIO, Optional.of(new InvitationRequest("")));
        var firstLink = portal.links.latestInvitation(MARIO).orElseThrow();
        clock.advance(Duration.ofMinutes(5));

        ResendReport report = pending.resend(new ResendInvitationsCommand(anna.id(), List.of(
                new InvitationTarget(rossi.id(), MARIO), new InvitationTarget(bianchi.id(), GIULIA),
                new InvitationTarget(rossi.id(), MARIO_GMAIL)), "Please activate"));

        assertThat(report.sent()).isEqualTo(2);
        assertThat(report.failures()).singleElement().isEqualTo(
                new ResendReport.Failure(MARIO_GMAIL, "portal.invite.login-off", List.of(MARIO_GMAIL.value())));
        assertThat(portal.links.invitation(firstLink.tokenHash()).orElseThrow().voided()).isTrue();
        assertThat(outbox.queued()).extracting(OutgoingMail::to).containsExactly(MARIO, MARIO, GIULIA);
        assertThat(outbox.queued().getLast().textBody()).contains("Please activate", "portal-invitation [it]");
        assertThat(auditLog.history(bianchi.id(), 10)).extracting(c -> c.type() + " " + c.subject())
                .as("a resent link is in the history").contains("INVITATION_SENT " + GIULIA.value());
        assertThat(pending.page(anna.id(), Optional.empty(), 10)).extracting(PendingActivation::state)
                .containsOnly(LoginState.INVITED);
    }

    @Test
    void B3_F2_an_employee_cannot_resend_for_an_account_they_may_not_see() {
        staff.grantRights(marco.id(), Set.of(StaffRight.MANAGE_ACCOUNTS));

        ResendReport report = pending.resend(new ResendInvitationsCommand(marco.id(), List.of(
                new InvitationTarget(bianchi.id(), GIULIA)), ""));

        assertThat(report.sent()).isZero();
        assertThat(report.failures()).extracting(ResendReport.Failure::messageKey).containsExactly("account.not-found");
        assertThat(outbox.queued()).isEmpty();
    }

    @Test
    void F3_F2_login_activity_shows_the_account_portal_users_to_those_who_may_see_it() {
        PortalUser giulia = PortalUser.activate(GIULIA, "hash", clock.instant());
        portal.users.add(giulia);
        portal.users.recordLogin(giulia.id(), clock.instant().plusSeconds(60));

        assertThat(activity.activity(anna.id(), bianchi.id())).containsExactly(
                new io.portico.application.portal.port.LoginActivity(GIULIA, "Giulia Bianchi", Optional.of(clock.instant().plusSeconds(60))));
        assertThat(activity.activity(marco.id(), bianchi.id())).isEmpty();
    }

    private void loginOn(EmailAddress email, Optional<InvitationRequest> invitation) {
        toggles.change(new ChangeAccessCommand(anna.id(), rossi.id(), accounts.find(rossi.id()).orElseThrow().version(), mario.id(),
                email, AccessToggle.LOGIN, true, invitation));
    }

    private LoginStatus statusOf(EmailAddress email) {
        return statuses.statuses(anna.id(), rossi.id()).stream().filter(s -> s.email().equals(email)).findFirst().orElseThrow();
    }
}
