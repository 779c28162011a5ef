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
import io.portico.application.mail.port.out.OutgoingMail;
import io.portico.application.inbox.InMemoryNotifications;
import io.portico.domain.portal.PortalAccount;
import io.portico.application.portal.port.in.SignUpCommand;
import io.portico.application.shared.DirectTransactions;
import io.portico.application.shared.FixedLinks;
import io.portico.application.shared.MutableClock;
import io.portico.application.staff.FakePasswordHasher;
import io.portico.application.staff.InMemoryStaff;
import io.portico.application.staff.InMemoryStaffLanguages;
import io.portico.domain.account.Account;
import io.portico.domain.account.AccountType;
import io.portico.domain.contact.Contact;
import io.portico.domain.portal.InvitationValidity;
import io.portico.domain.portal.PortalSettings;
import io.portico.domain.portal.PortalUser;
import io.portico.domain.portal.PortalUserId;
import io.portico.domain.portal.SignupRequest;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.LinkNoLongerValidException;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.shared.SecretToken;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** B9 against in-memory ports: sign up, verify the address, confirm; the settings' team; B10 notices. */
class SignupUseCasesTest {

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
    private final KnownAddresses known = new KnownAddresses(portal.users, contacts);
    private final SignupLinks links = new SignupLinks(portal.links, portal.mails(mail), clock);
    private final SignUpService signUp = new SignUpService(portal.settings, known, links, portal.mails(mail),
            new DirectTransactions());
    private final VerifySignupService verify = new VerifySignupService(portal.settings, links, known,
            new SelfSignedAccounts(contacts, accounts, portal.users, new SignupTeam(portal.settings, staff),
                    io.portico.application.access.TestReactions.of(staff, contacts, accounts, auditLog, portal.invitations(accounts, mail),
                            mail, inbox, staffLanguages)),
            new FakePasswordHasher(), new DirectTransactions());

    private StaffMember anna;
    private StaffMember marco;

    @BeforeEach
    void firm() {
        anna = AccountFixtures.staff(staff, "Anna", "Bianchi", StaffRole.OWNER);
        marco = AccountFixtures.staff(staff, "Marco", "Verdi", StaffRole.EMPLOYEE);
    }

    @Test
    void B9_signing_up_mails_a_verification_link_and_creates_nothing_yet() {
        signUp(SignupRequest.of("Mario", "Rossi", MARIO.value(), AccountType.INDIVIDUAL, null), Locale.ITALIAN);

        OutgoingMail sent = onlyMailTo(MARIO);
        assertThat(sent.textBody()).contains("portal-signup-verification [it]", "firstName=Mario", "validHours=24",
                "/portal/signup/verify?token=");
        assertThat(portal.users.findByEmail(MARIO)).isEmpty();
        assertThat(contacts.findByEmail(MARIO)).isEmpty();
    }

    @Test
    void B9_opening_the_link_never_uses_it_and_confirming_creates_account_contact_with_login_and_portal_user() {
        signUp(SignupRequest.of("Mario", "Rossi", MARIO.value(), AccountType.COMPANY, "Rossi Srl"), Locale.ENGLISH);
        SecretToken token = tokenOf(onlyMailTo(MARIO));
        assertThat(verify.offer(token)).hasValueSatisfying(offer -> assertThat(offer.accountName()).isEqualTo("Rossi Srl"));
        assertThat(verify.offer(token)).as("opened twice, still there").isPresent();

        PortalUserId user = verify.confirm(token, PASSWORD);

        Contact mario = contacts.findByEmail(MARIO).orElseThrow();
        assertThat(mario.name().full()).isEqualTo("Mario Rossi");
        List<PortalAccount> reached = accounts.loginAccounts(MARIO);
        assertThat(reached).extracting(PortalAccount::name).containsExactly("Rossi Srl");
        Account rossi = accounts.find(reached.getFirst().id()).orElseThrow();
        assertThat(rossi.type()).isEqualTo(AccountType.COMPANY);
        assertThat(rossi.team()).as("the owner by default").containsExactly(anna.id());
        PortalUser portalUser = portal.users.findById(user).orElseThrow();
        assertThat(new FakePasswordHasher().matches(PASSWORD, portalUser.passwordHash())).isTrue();
        assertThat(auditLog.history(rossi.id(), 20)).allSatisfy(change -> assertThat(change.by().staff()).isEmpty())
                .extracting(c -> c.type() + " " + c.subject()).contains("SIGNED_UP mario@rossi.it", "TEAM_MEMBER_ADDED Anna Bianchi",
                        "CONTACT_LINKED Mario Rossi", "LOGIN mario@rossi.it");
    }

    @Test
    void B9_a_verification_link_works_once_and_for_24_hours() {
        signUp(SignupRequest.of("Mario", "Rossi", MARIO.value(), AccountType.INDIVIDUAL, null), Locale.ENGLISH);
        SecretToken token = tokenOf(onlyMailTo(MARIO));
        signUp(SignupRequest.of("Lucia", "Neri", "lucia@neri.it", AccountType.OTHER, null), Locale.ENGLISH);
        SecretToken late = tokenOf(outbox.queued().getLast());

        verify.confirm(token, PASSWORD);
        assertThatThrownBy(() -> verify.confirm(token, PASSWORD)).isInstanceOf(LinkNoLongerValidException.class);
        assertThat(verify.offer(token)).isEmpty();

        clock.advance(Duration.ofHours(24));
        assertThat(verify.offer(late)).isEmpty();
        assertThatThrownBy(() -> verify.confirm(late, PASSWORD)).isInstanceOf(LinkNoLongerValidException.class);
        assertThat(contacts.findByEmail(new EmailAddress("lucia@neri.it"))).isEmpty();
    }

    @Test
    void B9_B11_an_address_the_firm_knows_gets_a_mail_saying_so_and_no_link() {
        Contact known = AccountFixtures.contact(contacts, anna.id(), "Mario", "Rossi", MARIO.value());
        accounts.add(AccountFixtures.individual("Rossi family", Set.of(anna.id()), AccountFixtures.plain(known)), anna.id(), clock.instant());
        portal.users.add(PortalUser.activate(new EmailAddress("lucia@neri.it"), "hash", clock.instant()));

        signUp(SignupRequest.of("Mario", "Rossi", "MARIO@rossi.it", AccountType.INDIVIDUAL, null), Locale.FRENCH);
        signUp(SignupRequest.of("Lucia", "Neri", "lucia@neri.it", AccountType.INDIVIDUAL, null), Locale.ENGLISH);

        assertThat(outbox.queued()).hasSize(2).allSatisfy(sent -> assertThat(sent.textBody())
                .contains("portal-signup-existing", "link=" + FixedLinks.BASE + "/portal/login").doesNotContain("token="));
        assertThat(outbox.queued().getFirst().textBody()).contains("[fr]");
    }

    @Test
    void B9_an_address_that_became_known_meanwhile_cannot_confirm() {
        signUp(SignupRequest.of("Mario", "Rossi", MARIO.value(), AccountType.INDIVIDUAL, null), Locale.ENGLISH);
        SecretToken token = tokenOf(onlyMailTo(MARIO));
        portal.users.add(PortalUser.activate(MARIO, "hash", clock.instant())); // say, through an invitation meanwhile

        assertThat(verify.offer(token)).isEmpty();
        assertThatThrownBy(() -> verify.confirm(token, PASSWORD)).isInstanceOf(LinkNoLongerValidException.class);
        assertThat(accounts.loginAccounts(MARIO)).isEmpty();
    }

    @Test
    void B9_signing_up_again_voids_the_older_link_and_only_the_newest_creates_the_account() {
        signUp(SignupRequest.of("Mario", "Rossi", MARIO.value(), AccountType.INDIVIDUAL, null), Locale.ENGLISH);
        SecretToken first = tokenOf(onlyMailTo(MARIO));
        signUp(SignupRequest.of("Mario", "Rossi", MARIO.value(), AccountType.INDIVIDUAL, null), Locale.ENGLISH);
        SecretToken second = tokenOf(outbox.queued().getLast());

        assertThat(verify.offer(first)).isEmpty();
        assertThatThrownBy(() -> verify.confirm(first, PASSWORD)).isInstanceOf(LinkNoLongerValidException.class);
        verify.confirm(second, PASSWORD);

        assertThatThrownBy(() -> verify.confirm(second, PASSWORD)).isInstanceOf(LinkNoLongerValidException.class);
        assertThat(accounts.loginAccounts(MARIO)).hasSize(1);
    }

    @Test
    void B9_B10_the_team_chosen_in_settings_gets_the_account_and_each_member_is_told() {
        portal.settings.save(new PortalSettings(InvitationValidity.DEFAULT, true, Set.of(marco.id(), anna.id())));
        signUp(SignupRequest.of("Mario", "Rossi", MARIO.value(), AccountType.INDIVIDUAL, null), Locale.ENGLISH);
        verify.confirm(tokenOf(onlyMailTo(MARIO)), PASSWORD);

        Account rossi = accounts.find(accounts.loginAccounts(MARIO).getFirst().id()).orElseThrow();
        assertThat(rossi.name().value()).isEqualTo("Mario Rossi");
        assertThat(rossi.team()).containsExactlyInAnyOrder(marco.id(), anna.id());
        for (StaffMember member : List.of(anna, marco)) {
            assertThat(inbox.latest(member.id(), 5)).singleElement().satisfies(n -> {
                assertThat(n.messageKey()).isEqualTo(ActivationNotices.SIGNED_UP);
                assertThat(n.link()).isEqualTo("account/" + rossi.id().value());
            });
            assertThat(outbox.queued()).filteredOn(sent -> sent.to().equals(member.email()))
                    .singleElement().satisfies(sent -> assertThat(sent.textBody()).contains("client-signed-up"));
        }
    }

    @Test
    void B10_each_team_member_reads_of_a_signup_in_their_own_language_not_the_clients() {
        staffLanguages.remember(marco.id(), Locale.forLanguageTag("ro"));
        portal.settings.save(new PortalSettings(InvitationValidity.DEFAULT, true, Set.of(marco.id(), anna.id())));
        signUp(SignupRequest.of("Mario", "Rossi", MARIO.value(), AccountType.INDIVIDUAL, null), Locale.ITALIAN);
        verify.confirm(tokenOf(onlyMailTo(MARIO)), PASSWORD);

        assertThat(outbox.queued()).filteredOn(sent -> sent.to().equals(marco.email()))
                .singleElement().satisfies(sent -> assertThat(sent.textBody()).contains("client-signed-up [ro]"));
        assertThat(outbox.queued()).filteredOn(sent -> sent.to().equals(anna.email()))
                .singleElement().satisfies(sent -> assertThat(sent.textBody()).contains("client-signed-up [en]"));
    }

    @Test
    void B9_when_signup_is_closed_nothing_is_sent() {
        portal.settings.save(new PortalSettings(InvitationValidity.DEFAULT, false, Set.of()));

        assertThat(signUp.open()).isFalse();
        assertThatThrownBy(() -> signUp(SignupRequest.of("Mario", "Rossi", MARIO.value(), AccountType.INDIVIDUAL, null), Locale.ENGLISH))
                .isInstanceOf(NotAllowedException.class);
        assertThat(outbox.queued()).isEmpty();
    }

    @Test
    void issue10_12_signup_asks_the_password_only_after_the_link_is_opened() {
        signUp.signUp(new SignUpCommand(SignupRequest.of("Mario", "Rossi", MARIO.value(), AccountType.INDIVIDUAL, null), Locale.ENGLISH));
        SecretToken token = tokenOf(onlyMailTo(MARIO));
        assertThat(portal.links.signup(token.hash())).as("pending, with nothing secret of the client's").isPresent();

        assertThatThrownBy(() -> verify.confirm(token, "short"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("password"));
        assertThat(verify.offer(token)).as("a refused password leaves the link usable").isPresent();
        PortalUserId user = verify.confirm(token, "the one the owner chose");

        assertThat(new FakePasswordHasher().matches("the one the owner chose", portal.users.findById(user).orElseThrow().passwordHash()))
                .isTrue();
    }

    @Test
    void issue10_20_confirming_a_signup_after_the_firm_closed_signup_is_refused_and_creates_nothing() {
        signUp(SignupRequest.of("Mario", "Rossi", MARIO.value(), AccountType.INDIVIDUAL, null), Locale.ENGLISH);
        SecretToken token = tokenOf(onlyMailTo(MARIO));
        portal.settings.save(new PortalSettings(InvitationValidity.DEFAULT, false, Set.of()));

        assertThat(verify.open()).isFalse();
        assertThat(verify.offer(token)).isEmpty();
        assertThatThrownBy(() -> verify.confirm(token, PASSWORD)).isInstanceOf(NotAllowedException.class);
        assertThat(contacts.findByEmail(MARIO)).isEmpty();
        assertThat(portal.users.findByEmail(MARIO)).isEmpty();

        portal.settings.save(PortalSettings.DEFAULT);
        assertThat(verify.open()).isTrue();
        assertThat(verify.offer(token)).as("the link was not used up").isPresent();
        verify.confirm(token, PASSWORD);
        assertThat(accounts.loginAccounts(MARIO)).hasSize(1);
    }

    private void signUp(SignupRequest request, Locale language) {
        signUp.signUp(new SignUpCommand(request, language));
    }

    private OutgoingMail onlyMailTo(EmailAddress to) {
        assertThat(outbox.queued()).extracting(OutgoingMail::to).containsOnly(to);
        return outbox.queued().getLast();
    }

    private static SecretToken tokenOf(OutgoingMail mail) {
        Matcher matcher = TOKEN.matcher(mail.textBody());
        assertThat(matcher.find()).as("a link in " + mail.textBody()).isTrue();
        return new SecretToken(matcher.group(1));
    }
}
