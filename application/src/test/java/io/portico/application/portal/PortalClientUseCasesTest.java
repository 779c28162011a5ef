package io.portico.application.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.account.AccountFixtures;
import io.portico.application.account.InMemoryAccounts;
import io.portico.application.audit.InMemoryAccessAudit;
import io.portico.application.contact.InMemoryContacts;
import io.portico.application.mail.FakeMailRenderer;
import io.portico.application.mail.InMemoryMailOutbox;
import io.portico.application.mail.MailQueue;
import io.portico.application.inbox.InMemoryNotifications;
import io.portico.application.portal.port.in.ChangePortalPasswordCommand;
import io.portico.application.shared.DirectTransactions;
import io.portico.application.shared.FixedLinks;
import io.portico.application.shared.MutableClock;
import io.portico.application.staff.FakePasswordHasher;
import io.portico.application.staff.InMemoryStaff;
import io.portico.domain.account.Account;
import io.portico.domain.contact.Contact;
import io.portico.domain.inbox.InboxNotification;
import io.portico.domain.portal.Invitation;
import io.portico.domain.portal.InvitationValidity;
import io.portico.domain.portal.PortalUser;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.SecretToken;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a client does in the portal itself, against in-memory ports: its profile and asking for a new link. */
class PortalClientUseCasesTest {

    private static final String PASSWORD = "a long enough secret";
    private static final EmailAddress MARIO = new EmailAddress("mario@rossi.it");

    private final MutableClock clock = new MutableClock(AccountFixtures.NOW);
    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryContacts contacts = new InMemoryContacts();
    private final InMemoryAccounts accounts = new InMemoryAccounts(contacts, staff);
    private final InMemoryNotifications inbox = new InMemoryNotifications();
    private final PortalFakes portal = new PortalFakes();
    private final FakePasswordHasher hasher = new FakePasswordHasher();
    private final io.portico.application.session.InMemoryCredentialEpochs epochs = new io.portico.application.session.InMemoryCredentialEpochs();
    private final PortalProfileService profile = new PortalProfileService(portal.users, hasher, epochs);
    private final AskForNewLinkService askForNewLink = new AskForNewLinkService(portal.links, accounts, accounts,
            new TeamInbox(staff, inbox, new FixedLinks()), new DirectTransactions(), clock);

    private StaffMember anna;
    private StaffMember marco;
    private Account rossi;

    @BeforeEach
    void accountWithLoginOn() {
        anna = AccountFixtures.staff(staff, "Anna", "Bianchi", StaffRole.OWNER);
        marco = AccountFixtures.staff(staff, "Marco", "Verdi", StaffRole.EMPLOYEE);
        Contact mario = AccountFixtures.contact(contacts, anna.id(), "Mario", "Rossi", MARIO.value());
        rossi = AccountFixtures.individual("Rossi family", Set.of(anna.id(), marco.id()), AccountFixtures.loginFor(mario, MARIO.value()));
        accounts.add(rossi, anna.id(), AccountFixtures.NOW);
    }

    @Test
    void B7_my_profile_shows_the_clients_address() {
        PortalUser user = activeUser();

        assertThat(profile.profile(user.id())).hasValueSatisfying(found -> assertThat(found.email()).isEqualTo(MARIO));
    }

    @Test
    void B11_a_client_changes_its_password_knowing_the_current_one() {
        PortalUser user = activeUser();

        long epoch = profile.change(new ChangePortalPasswordCommand(user.id(), PASSWORD, "a brand new passphrase"));

        assertThat(hasher.matches("a brand new passphrase", portal.users.findById(user.id()).orElseThrow().passwordHash())).isTrue();
        assertThat(epoch).as("issue 10: the other sessions end, this one goes on with the new epoch")
                .isEqualTo(1).isEqualTo(epochs.epoch(new io.portico.domain.session.CredentialHolder.Portal(user.id())));
    }

    @Test
    void B11_a_wrong_current_password_is_refused_on_its_field_and_nothing_changes() {
        PortalUser user = activeUser();

        assertThatThrownBy(() -> profile.change(new ChangePortalPasswordCommand(user.id(), "not my password", "a brand new passphrase")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("currentPassword"));
        assertThat(portal.users.findById(user.id()).orElseThrow().passwordHash()).isEqualTo(hasher.hash(PASSWORD));
        assertThat(epochs.epoch(new io.portico.domain.session.CredentialHolder.Portal(user.id()))).isZero();
    }

    @Test
    void B11_a_weak_new_password_is_refused_on_its_field() {
        PortalUser user = activeUser();

        assertThatThrownBy(() -> profile.change(new ChangePortalPasswordCommand(user.id(), PASSWORD, "password1234")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("newPassword"));
        assertThat(portal.users.findById(user.id()).orElseThrow().passwordHash()).isEqualTo(hasher.hash(PASSWORD));
    }

    @Test
    void issue10_9_the_new_password_may_not_contain_the_local_part_of_the_clients_address() {
        PortalUser user = activeUser();

        assertThatThrownBy(() -> profile.change(new ChangePortalPasswordCommand(user.id(), PASSWORD, "its mario again here")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("newPassword");
                    assertThat(e.messageKey()).isEqualTo("password.personal");
                });
    }

    @Test
    void a_missing_new_password_is_refused_as_too_short() {
        PortalUser user = activeUser();

        assertThatThrownBy(() -> profile.change(new ChangePortalPasswordCommand(user.id(), null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("password.too-short"));
    }

    @Test
    void B2_asking_for_a_new_link_tells_each_team_member_once_with_a_link_to_the_profile() {
        SecretToken expired = invitation();
        clock.advance(Duration.ofDays(8));

        askForNewLink.ask(expired);
        askForNewLink.ask(expired);

        for (StaffMember member : new StaffMember[] {anna, marco}) {
            assertThat(inbox.latest(member.id(), 10)).singleElement().satisfies(notice -> {
                assertThat(notice.messageKey()).isEqualTo(AskForNewLinkService.ASKED);
                assertThat(notice.arguments()).containsExactly("mario@rossi.it", "Rossi family");
                assertThat(notice.link()).isEqualTo("account/" + rossi.id().value());
            });
        }
    }

    @Test
    void B2_an_unknown_link_asks_nobody() {
        askForNewLink.ask(SecretToken.generate());

        assertThat(inbox.latest(anna.id(), 10)).isEmpty();
    }

    @Test
    void B2_a_link_whose_login_was_turned_off_asks_nobody() {
        SecretToken link = invitation();
        Account other = AccountFixtures.individual("Other", Set.of(anna.id()),
                AccountFixtures.plain(AccountFixtures.contact(contacts, anna.id(), "Luca", "Neri", "luca@neri.it")));
        accounts.add(other, anna.id(), AccountFixtures.NOW);
        SecretToken notOn = SecretToken.generate();
        portal.links.issue(Invitation.send(notOn.hash(), other.id(), new EmailAddress("luca@neri.it"), "", anna.id(), clock.instant(),
                InvitationValidity.DEFAULT));

        askForNewLink.ask(notOn);

        assertThat(inbox.latest(anna.id(), 10)).extracting(InboxNotification::messageKey).isEmpty();
        askForNewLink.ask(link);
        assertThat(inbox.latest(anna.id(), 10)).hasSize(1);
    }

    private PortalUser activeUser() {
        PortalUser user = PortalUser.activate(MARIO, hasher.hash(PASSWORD), clock.instant());
        portal.users.add(user);
        return user;
    }

    private SecretToken invitation() {
        SecretToken token = SecretToken.generate();
        portal.links.issue(Invitation.send(token.hash(), rossi.id(), MARIO, "", anna.id(), clock.instant(), InvitationValidity.DEFAULT));
        return token;
    }
}
