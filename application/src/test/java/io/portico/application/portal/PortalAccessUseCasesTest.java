package io.portico.application.portal;

import io.portico.application.access.AccessChanges;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import io.portico.application.inbox.InMemoryNotifications;
import io.portico.domain.portal.PortalAccount;
import io.portico.application.portal.port.in.SendInvitationCommand;
import io.portico.application.shared.DirectTransactions;
import io.portico.application.shared.FixedLinks;
import io.portico.application.shared.MutableClock;
import io.portico.application.account.Viewers;
import io.portico.application.staff.FakePasswordHasher;
import io.portico.application.staff.InMemoryStaff;
import io.portico.application.staff.InMemoryStaffLanguages;
import io.portico.domain.access.AccessToggle;
import io.portico.domain.account.Account;
import io.portico.domain.contact.Contact;
import io.portico.domain.portal.LoginState;
import io.portico.domain.portal.PortalUserId;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.LinkNoLongerValidException;
import io.portico.domain.shared.SecretToken;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** B1–B11 against in-memory ports: invitations, activation, portal sign-in and reach. */
class PortalAccessUseCasesTest {

    private static final String PASSWORD = "a long enough secret";
    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");
    private static final EmailAddress MARIO = new EmailAddress("mario@rossi.it");

    private final MutableClock clock = new MutableClock(AccountFixtures.NOW);
    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryStaffLanguages staffLanguages = new InMemoryStaffLanguages(staff);
    private final InMemoryContacts contacts = new InMemoryContacts();
    private final PortalFakes portal = new PortalFakes();
    private final InMemoryAccounts accounts = new InMemoryAccounts(contacts, staff, new io.portico.application.tag.InMemoryTags(), portal.users);
    private final InMemoryAccessAudit auditLog = new InMemoryAccessAudit();
    private final InMemoryMailOutbox outbox = new InMemoryMailOutbox();
    private final InMemoryNotifications inbox = new InMemoryNotifications();
    private final MailQueue mail = new MailQueue(new FakeMailRenderer(), outbox, clock);
    private final Invitations invitations = portal.invitations(accounts, mail);
    private final io.portico.application.access.AccessReactions reactions = io.portico.application.access.TestReactions.of(staff, contacts,
            accounts, auditLog, invitations, mail, inbox, staffLanguages);
    private final Viewers viewers = new Viewers(staff, accounts, accounts.archive());
    private final EditLinksService toggles = new EditLinksService(viewers, accounts, new AccessChanges(accounts, reactions), new DirectTransactions(), clock);
    private final InviteService invite = new InviteService(viewers, invitations, reactions, new DirectTransactions(), clock);
    private final ActivationService activation = new ActivationService(portal.activationLinks(accounts, clock), portal.users, accounts,
            new FakePasswordHasher(), reactions, new DirectTransactions());
    private final PortalSignInService signIn = new PortalSignInService(portal.users, new FakePasswordHasher(), clock);
    private final PortalAccountsService reach = new PortalAccountsService(portal.users, accounts);

    private StaffMember anna;
    private StaffMember marco;
    private Contact mario;
    private Account rossi;

    @BeforeEach
    void accountWithLoginOff() {
        anna = AccountFixtures.staff(staff, "Anna", "Bianchi", StaffRole.OWNER);
        marco = AccountFixtures.staff(staff, "Marco", "Verdi", StaffRole.EMPLOYEE);
        mario = AccountFixtures.contact(contacts, anna.id(), "Mario", "Rossi", MARIO.value());
        rossi = AccountFixtures.individual("Rossi family", Set.of(anna.id(), marco.id()), AccountFixtures.plain(mario));
        accounts.add(rossi, anna.id(), AccountFixtures.NOW);
    }

    @Test
    void issue11_an_invitation_to_a_contact_without_a_language_is_written_in_the_firms_not_the_staff_members() {
        portal.firms.create(new io.portico.domain.firm.Firm(io.portico.domain.firm.FirmId.random(),
                new io.portico.domain.firm.FirmName("Studio"), AccountFixtures.NOW));
        var identity = portal.firms.identity().orElseThrow();
        portal.firms.save(new io.portico.domain.firm.FirmIdentity(identity.name(), null, null, "", Optional.empty(),
                io.portico.domain.shared.Language.ES, false, Optional.empty(), false, identity.version()), anna.id(), AccountFixtures.NOW);

        loginOn(rossi, Optional.of(new InvitationRequest("")));

        assertThat(onlyMailTo(MARIO).textBody()).contains("portal-invitation [es]");
    }

    @Test
    void B1_turning_login_on_with_send_mails_the_address_a_link_with_the_personal_message() {
        contacts.update(mario.withLanguage(Optional.of(io.portico.domain.shared.Language.IT)), anna.id(), AccountFixtures.NOW);
        loginOn(rossi, Optional.of(new InvitationRequest("Welcome aboard")));

        OutgoingMail sent = onlyMailTo(MARIO);
        assertThat(sent.textBody()).contains("portal-invitation [it]", "Welcome aboard", "accountName=Rossi family", "validDays=7");
        assertThat(state()).isEqualTo(LoginState.INVITED);
        assertThat(auditLog.history(rossi.id(), 10)).extracting(c -> c.type() + " " + c.subject()).contains("INVITATION_SENT mario@rossi.it");
    }

    @Test
    void B1_skipping_the_invitation_leaves_the_address_pending_without_a_mail() {
        loginOn(rossi, Optional.empty());

        assertThat(outbox.queued()).isEmpty();
        assertThat(state()).isEqualTo(LoginState.NOT_INVITED);
    }

    @Test
    void B3_B4_sending_again_makes_every_older_link_stop_working() {
        loginOn(rossi, Optional.of(new InvitationRequest("")));
        SecretToken first = tokenOf(onlyMailTo(MARIO));
        invite.send(new SendInvitationCommand(anna.id(), rossi.id(), MARIO, ""));
        SecretToken second = tokenOf(outbox.queued().getLast());

        assertThat(activation.offer(first)).isEmpty();
        assertThat(activation.offer(second)).hasValueSatisfying(offer -> assertThat(offer.accountName()).isEqualTo("Rossi family"));
        assertThat(auditLog.history(rossi.id(), 10)).extracting(c -> c.type() + " " + c.subject())
                .as("each sending is in the history").containsSubsequence("INVITATION_SENT mario@rossi.it", "INVITATION_SENT mario@rossi.it");
    }

    @Test
    void B2_opening_a_link_never_uses_it_up() {
        SecretToken link = invited();

        assertThat(activation.offer(link)).isPresent();
        assertThat(activation.offer(link)).isPresent();
    }

    @Test
    void B2_B7_setting_a_password_creates_the_portal_user_reaching_every_account_with_login_on() {
        Account second = AccountFixtures.individual("Mario Rossi consulting", Set.of(anna.id()), AccountFixtures.loginFor(mario,
                MARIO.value()));
        accounts.add(second, anna.id(), AccountFixtures.NOW);
        Account withoutLogin = AccountFixtures.individual("Rossi holiday home", Set.of(anna.id()), AccountFixtures.plain(mario));
        accounts.add(withoutLogin, anna.id(), AccountFixtures.NOW);

        PortalUserId user = activation.activate(invited(), PASSWORD);

        assertThat(reach.accounts(user)).extracting(PortalAccount::name).containsExactly("Mario Rossi consulting", "Rossi family");
        assertThat(reach.account(user, withoutLogin.id())).isEmpty();
        assertThat(state()).isEqualTo(LoginState.ACTIVE);
    }

    @Test
    void B2_a_used_link_cannot_set_a_password_again() {
        SecretToken link = invited();
        activation.activate(link, PASSWORD);

        assertThat(activation.offer(link)).isEmpty();
        assertThatThrownBy(() -> activation.activate(link, "another long secret")).isInstanceOf(LinkNoLongerValidException.class);
    }

    @Test
    void B2_a_link_stops_working_after_the_firms_expiry() {
        SecretToken link = invited();
        clock.advance(Duration.ofDays(7));

        assertThat(activation.offer(link)).isEmpty();
        assertThatThrownBy(() -> activation.activate(link, PASSWORD)).isInstanceOf(LinkNoLongerValidException.class);
        assertThat(state()).isEqualTo(LoginState.EXPIRED);
    }

    @Test
    void B2_a_common_password_is_refused_naming_the_field_and_the_link_still_works() {
        SecretToken link = invited();

        assertThatThrownBy(() -> activation.activate(link, "short")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("password"));
        assertThat(activation.offer(link)).isPresent();
        assertThat(portal.users.findByEmail(MARIO)).isEmpty();
    }

    @Test
    void B6_login_off_voids_the_link_and_takes_the_account_from_the_portal_user_at_once() {
        PortalUserId user = activation.activate(invited(), PASSWORD);
        assertThat(reach.account(user, rossi.id())).isPresent();

        toggles.change(new ChangeAccessCommand(anna.id(), rossi.id(), current().version(), mario.id(), MARIO, AccessToggle.LOGIN,
                false));

        assertThat(reach.account(user, rossi.id())).isEmpty();
        assertThat(reach.accounts(user)).isEmpty();
        assertThat(accounts.find(rossi.id())).isPresent();
        assertThat(state()).isEqualTo(LoginState.REVOKED);
    }

    @Test
    void B6_login_off_before_activation_makes_the_sent_link_stop_working() {
        SecretToken link = invited();

        toggles.change(new ChangeAccessCommand(anna.id(), rossi.id(), current().version(), mario.id(), MARIO, AccessToggle.LOGIN,
                false));

        assertThat(activation.offer(link)).isEmpty();
    }

    @Test
    void B6_login_off_on_one_account_voids_only_the_links_sent_for_it_and_a_link_for_another_account_still_works() {
        Account bianchi = AccountFixtures.individual("Bianchi", Set.of(anna.id()), AccountFixtures.plain(mario));
        accounts.add(bianchi, anna.id(), AccountFixtures.NOW);
        loginOn(rossi, Optional.empty());
        toggles.change(new ChangeAccessCommand(anna.id(), bianchi.id(), 0, mario.id(), MARIO, AccessToggle.LOGIN, true,
                Optional.of(new InvitationRequest(""))));
        SecretToken forBianchi = tokenOf(onlyMailTo(MARIO));

        toggles.change(new ChangeAccessCommand(anna.id(), rossi.id(), current().version(), mario.id(), MARIO, AccessToggle.LOGIN,
                false));

        assertThat(activation.offer(forBianchi)).as("LOGIN is still on at Bianchi: its link still grants it").isPresent();
        toggles.change(new ChangeAccessCommand(anna.id(), bianchi.id(), 1, mario.id(), MARIO, AccessToggle.LOGIN, false));
        assertThat(portal.links.invitation(forBianchi.hash()).orElseThrow().voided()).isTrue();
    }

    @Test
    void B10_activation_notifies_every_team_member_in_the_inbox_and_by_mail() {
        activation.activate(invited(), PASSWORD);

        for (StaffMember member : List.of(anna, marco)) {
            assertThat(inbox.latest(member.id(), 5)).singleElement().satisfies(n -> {
                assertThat(n.messageKey()).isEqualTo(ActivationNotices.ACTIVATED);
                assertThat(n.arguments()).containsExactly("mario@rossi.it", "Rossi family");
                assertThat(n.link()).isEqualTo("account/" + rossi.id().value());
            });
            assertThat(outbox.queued()).filteredOn(m -> m.to().equals(member.email()))
                    .singleElement().satisfies(m -> assertThat(m.textBody()).contains("client-activated", "link=" + FixedLinks.BASE));
        }
        assertThat(auditLog.history(rossi.id(), 10)).first().satisfies(change -> {
            assertThat(change.by().staff()).isEmpty();
            assertThat(change.type() + " " + change.subject()).isEqualTo("ACTIVATED mario@rossi.it");
        });
    }

    @Test
    void B10_a_team_member_who_works_in_Italian_reads_of_the_activation_in_Italian() {
        staffLanguages.remember(marco.id(), Locale.ITALIAN);

        activation.activate(invited(), PASSWORD);

        assertThat(outbox.queued()).filteredOn(m -> m.to().equals(marco.email()))
                .singleElement().satisfies(m -> assertThat(m.textBody()).contains("client-activated [it]"));
        assertThat(outbox.queued()).filteredOn(m -> m.to().equals(anna.email()))
                .singleElement().satisfies(m -> assertThat(m.textBody()).contains("client-activated [en]"));
    }

    @Test
    void B1_an_active_address_is_not_invited_again() {
        activation.activate(invited(), PASSWORD);

        assertThatThrownBy(() -> invite.send(new SendInvitationCommand(anna.id(), rossi.id(), MARIO, "")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("portal.invite.already-active"));
    }

    @Test
    void B1_an_address_with_login_off_cannot_be_invited() {
        assertThatThrownBy(() -> invite.send(new SendInvitationCommand(anna.id(), rossi.id(), MARIO, "")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("portal.invite.login-off"));
        assertThat(outbox.queued()).isEmpty();
    }

    @Test
    void B11_sign_in_gives_the_same_answer_for_an_unknown_address_and_a_wrong_password() {
        PortalUserId user = activation.activate(invited(), PASSWORD);

        assertThat(signIn.signIn(MARIO, PASSWORD)).contains(user);
        assertThat(signIn.signIn(MARIO, "wrong password here")).isEmpty();
        assertThat(signIn.signIn(new EmailAddress("nobody@rossi.it"), PASSWORD)).isEmpty();
        assertThat(portal.users.findById(user).orElseThrow().lastLoginAt()).contains(clock.instant());
    }

    @Test
    void issue10_9_a_portal_hash_made_with_weaker_settings_is_upgraded_at_the_next_sign_in() {
        PortalUserId user = activation.activate(invited(), PASSWORD);
        portal.users.changePasswordHash(user, FakePasswordHasher.weakHash(PASSWORD));

        assertThat(signIn.signIn(MARIO, PASSWORD)).contains(user);

        assertThat(portal.users.findById(user).orElseThrow().passwordHash()).isEqualTo(new FakePasswordHasher().hash(PASSWORD));
    }

    @Test
    void issue10_9_the_activation_password_may_not_contain_the_clients_address_or_account_name() {
        SecretToken link = invited();

        assertThatThrownBy(() -> activation.activate(link, "hello mario my old friend"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("password.personal"));
        assertThatThrownBy(() -> activation.activate(link, "the Rossi family secret"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("password.personal"));
        assertThat(portal.users.findByEmail(MARIO)).isEmpty();
    }

    private SecretToken invited() {
        loginOn(rossi, Optional.of(new InvitationRequest("")));
        return tokenOf(outbox.queued().getLast());
    }

    private void loginOn(Account account, Optional<InvitationRequest> invitation) {
        toggles.change(new ChangeAccessCommand(anna.id(), account.id(), current().version(), mario.id(), MARIO, AccessToggle.LOGIN,
                true, invitation));
    }

    private Account current() {
        return accounts.find(rossi.id()).orElseThrow();
    }

    private LoginState state() {
        return invitations.state(current(), MARIO, clock.instant());
    }

    private OutgoingMail onlyMailTo(EmailAddress to) {
        assertThat(outbox.queued()).singleElement().satisfies(m -> assertThat(m.to()).isEqualTo(to));
        return outbox.queued().getFirst();
    }

    private static SecretToken tokenOf(OutgoingMail mail) {
        Matcher matcher = TOKEN.matcher(mail.textBody());
        assertThat(matcher.find()).as("a link in %s", mail.textBody()).isTrue();
        return new SecretToken(matcher.group(1));
    }
}
