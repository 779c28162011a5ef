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
import io.portico.application.account.ContactsService;
import io.portico.application.account.EditContactService;
import io.portico.application.contact.EmailChangeAccess;
import io.portico.application.contact.InMemoryContacts;
import io.portico.application.contact.port.in.EditContactCommand;
import io.portico.application.mail.FakeMailRenderer;
import io.portico.application.mail.InMemoryMailOutbox;
import io.portico.application.mail.MailQueue;
import io.portico.application.mail.port.out.OutgoingMail;
import io.portico.application.inbox.InMemoryNotifications;
import io.portico.domain.portal.PortalAccount;
import io.portico.application.shared.DirectTransactions;
import io.portico.application.shared.FixedLinks;
import io.portico.application.shared.MutableClock;
import io.portico.application.account.Viewers;
import io.portico.application.staff.FakePasswordHasher;
import io.portico.application.staff.InMemoryStaff;
import io.portico.application.staff.InMemoryStaffLanguages;
import io.portico.domain.access.AccessToggle;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.Account;
import io.portico.domain.contact.Contact;
import io.portico.domain.contact.ContactEmails;
import io.portico.domain.portal.LoginState;
import io.portico.domain.portal.PortalUserId;
import io.portico.domain.portal.UnlinkedEmail;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.shared.SecretToken;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** B5, B8: a contact's address changes or goes while it has portal access. */
class EmailChangeUseCasesTest {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");
    private static final EmailAddress OLD = new EmailAddress("mario@rossi.it");
    private static final EmailAddress NEW = new EmailAddress("mario.rossi@gmail.com");

    private final MutableClock clock = new MutableClock(AccountFixtures.NOW);
    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryStaffLanguages staffLanguages = new InMemoryStaffLanguages(staff);
    private final InMemoryContacts contacts = new InMemoryContacts();
    private final PortalFakes portal = new PortalFakes();
    private final InMemoryAccounts accounts = new InMemoryAccounts(contacts, staff, new io.portico.application.tag.InMemoryTags(), portal.users);
    private final InMemoryAccessAudit auditLog = new InMemoryAccessAudit();
    private final InMemoryMailOutbox outbox = new InMemoryMailOutbox();
    private final MailQueue mail = new MailQueue(new FakeMailRenderer(), outbox, clock);
    private final Invitations invitations = portal.invitations(accounts, mail);
    private final io.portico.application.access.AccessReactions reactions = io.portico.application.access.TestReactions.of(staff, contacts,
            accounts, auditLog, invitations, mail, new InMemoryNotifications(), staffLanguages);
    private final Viewers viewers = new Viewers(staff, accounts, accounts.archive());
    private final EditLinksService toggles = new EditLinksService(viewers, accounts, new AccessChanges(accounts, reactions), new DirectTransactions(), clock);
    private final ContactsService contactsFound = new ContactsService(contacts, accounts, accounts, viewers);
    private final EditContactService contactEdits = new EditContactService(contactsFound, contacts, viewers,
            new EmailChangeAccess(accounts, new AccessChanges(accounts, reactions)), new DirectTransactions(), clock);
    private final ActivationService activation = new ActivationService(portal.activationLinks(accounts, clock), portal.users, accounts,
            new FakePasswordHasher(), reactions, new DirectTransactions());
    private final PortalAccountsService reach = new PortalAccountsService(portal.users, accounts);
    private final UnlinkedEmailsService unlinkedEmails = new UnlinkedEmailsService(accounts, viewers);
    private final RevokeUnlinkedEmailService revokeUnlinked = new RevokeUnlinkedEmailService(viewers, accounts, new AccessChanges(accounts, reactions),
            new DirectTransactions(), clock);

    private StaffMember anna;
    private StaffMember marco;
    private StaffMember paola;
    private Contact mario;
    /** How many mails were queued before the step a test looks at. */
    private int seen;
    private Account rossi;
    private Account bianchi;

    /** Mario, with one address, on two accounts: LOGIN off everywhere to begin with. */
    @BeforeEach
    void marioOnTwoAccounts() {
        anna = AccountFixtures.staff(staff, "Anna", "Bianchi", StaffRole.OWNER);
        marco = AccountFixtures.staff(staff, "Marco", "Verdi", StaffRole.EMPLOYEE);
        paola = AccountFixtures.staff(staff, "Paola", "Neri", StaffRole.EMPLOYEE);
        mario = AccountFixtures.contact(contacts, anna.id(), "Mario", "Rossi", OLD.value());
        rossi = AccountFixtures.individual("Rossi family", Set.of(anna.id(), marco.id()), AccountFixtures.plain(mario));
        bianchi = AccountFixtures.company("Bianchi", Set.of(anna.id()), AccountFixtures.plain(mario));
        accounts.add(rossi, anna.id(), AccountFixtures.NOW);
        accounts.add(bianchi, anna.id(), AccountFixtures.NOW);
    }

    @Test
    void B5_changing_an_invited_address_voids_its_link_and_invites_the_new_address() {
        SecretToken oldLink = invite(rossi, OLD);
        toggle(rossi, OLD, AccessToggle.NOTIFY, true);
        seen = outbox.queued().size();

        editEmails(Optional.of(io.portico.domain.shared.Language.IT), NEW);

        assertThat(activation.offer(oldLink)).as("the old link stops working at once").isEmpty();
        OutgoingMail sent = onlyMailTo(NEW);
        assertThat(sent.textBody()).contains("portal-invitation [it]", "accountName=Rossi family", "personalMessage=,");
        assertThat(activation.offer(tokenOf(sent))).hasValueSatisfying(offer -> assertThat(offer.accountName()).isEqualTo("Rossi family"));
        assertThat(accessOf(rossi)).as("the new address carries the old one's toggles")
                .containsExactly(new EmailAccess(NEW, true, true, false));
        assertThat(invitations.state(current(rossi), NEW, clock.instant())).isEqualTo(LoginState.INVITED);
    }

    @Test
    void B5_the_new_address_is_invited_for_every_account_where_the_old_one_had_login_on() {
        toggle(rossi, OLD, AccessToggle.LOGIN, true);
        invite(bianchi, OLD);
        seen = outbox.queued().size();

        editEmails(Optional.empty(), NEW);

        assertThat(newMail()).hasSize(2).allSatisfy(m -> assertThat(m.to()).isEqualTo(NEW))
                .extracting(OutgoingMail::textBody).anySatisfy(body -> assertThat(body).contains("accountName=Rossi family"))
                .anySatisfy(body -> assertThat(body).contains("accountName=Bianchi"));
        assertThat(accessOf(bianchi)).containsExactly(new EmailAccess(NEW, true, false, false));
        assertThat(auditLog.history(rossi.id(), 10)).extracting(c -> c.type() + " " + c.subject())
                .contains("ADDRESSES_CHANGED Mario Rossi", "LOGIN mario.rossi@gmail.com", "INVITATION_SENT mario.rossi@gmail.com");
    }

    @Test
    void B5_an_expired_invitation_is_renewed_for_the_new_address_too() {
        SecretToken oldLink = invite(rossi, OLD);
        clock.advance(Duration.ofDays(8));
        seen = outbox.queued().size();

        editEmails(Optional.empty(), NEW);

        assertThat(activation.offer(oldLink)).isEmpty();
        assertThat(activation.offer(tokenOf(onlyMailTo(NEW)))).isPresent();
    }

    @Test
    void B5_an_address_edited_in_place_among_others_hands_over_its_toggles_without_an_invitation_when_login_is_off() {
        editEmails(Optional.empty(), new EmailAddress("m@rossi.it"), OLD);
        toggle(rossi, OLD, AccessToggle.EMAIL_SYNC, true);

        editEmails(Optional.empty(), new EmailAddress("m@rossi.it"), NEW);

        assertThat(newMail()).isEmpty();
        assertThat(accessOf(rossi)).containsExactly(EmailAccess.none(new EmailAddress("m@rossi.it")), new EmailAccess(NEW, false, false, true));
    }

    @Test
    void B5_a_refused_change_voids_nothing_and_sends_nothing() {
        SecretToken oldLink = invite(rossi, OLD);
        AccountFixtures.contact(contacts, anna.id(), "Lucia", "Rossi", NEW.value());
        seen = outbox.queued().size();

        assertThatThrownBy(() -> editEmails(Optional.empty(), NEW)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("emails"));

        assertThat(activation.offer(oldLink)).isPresent();
        assertThat(newMail()).isEmpty();
        assertThat(accessOf(rossi)).containsExactly(new EmailAccess(OLD, true, false, false));
    }

    @Test
    void B8_an_activated_address_that_is_changed_keeps_its_login_as_an_unlinked_email() {
        PortalUserId user = activation.activate(invite(rossi, OLD), "a long enough secret");
        toggle(rossi, OLD, AccessToggle.NOTIFY, true);
        seen = outbox.queued().size();
        clock.advance(Duration.ofMinutes(5));

        editEmails(Optional.empty(), NEW);

        assertThat(reach.accounts(user)).extracting(PortalAccount::name).as("the client loses nothing").containsExactly("Rossi family");
        assertThat(unlinkedEmails.unlinkedEmails(anna.id(), rossi.id())).containsExactly(new UnlinkedEmail(rossi.id(), OLD, clock.instant()));
        assertThat(accessOf(rossi)).as("the new address gets the other toggles; staff turn its LOGIN on when the client should move")
                .containsExactly(new EmailAccess(NEW, false, true, false));
        assertThat(newMail()).isEmpty();
        assertThat(auditLog.history(rossi.id(), 10)).extracting(c -> c.type() + " " + c.subject()).contains("KEPT_UNLINKED mario@rossi.it");
    }

    @Test
    void B8_an_activated_address_removed_from_its_contact_keeps_its_login_only_where_it_had_it() {
        PortalUserId user = activation.activate(invite(rossi, OLD), "a long enough secret");

        editEmails(Optional.empty(), new EmailAddress("m@rossi.it"));

        assertThat(reach.accounts(user)).extracting(PortalAccount::name).containsExactly("Rossi family");
        assertThat(unlinkedEmails.unlinkedEmails(anna.id(), rossi.id())).extracting(UnlinkedEmail::email).containsExactly(OLD);
        assertThat(unlinkedEmails.unlinkedEmails(anna.id(), bianchi.id())).isEmpty();
    }

    @Test
    void B8_a_pending_address_removed_from_its_contact_loses_login_and_its_link() {
        SecretToken link = invite(rossi, OLD);

        editEmails(Optional.empty(), new EmailAddress("m@rossi.it"));

        assertThat(activation.offer(link)).isEmpty();
        assertThat(accounts.loginOn(rossi.id(), OLD)).isFalse();
        assertThat(unlinkedEmails.unlinkedEmails(anna.id(), rossi.id())).isEmpty();
    }

    @Test
    void B8_turning_an_unlinked_login_off_takes_the_account_away_at_once_and_is_in_the_history() {
        PortalUserId user = activation.activate(invite(rossi, OLD), "a long enough secret");
        editEmails(Optional.empty(), NEW);

        revokeUnlinked.revoke(anna.id(), rossi.id(), OLD);

        assertThat(reach.accounts(user)).isEmpty();
        assertThat(unlinkedEmails.unlinkedEmails(anna.id(), rossi.id())).isEmpty();
        assertThat(auditLog.history(rossi.id(), 1)).singleElement().satisfies(change -> {
            assertThat(change.type() + " " + change.subject()).isEqualTo("LOGIN mario@rossi.it");
            assertThat(change.oldValue()).isEqualTo("on");
            assertThat(change.newValue()).isEqualTo("off");
            assertThat(change.by().staff()).contains(anna.id());
        });
        revokeUnlinked.revoke(anna.id(), rossi.id(), OLD);
        assertThat(auditLog.history(rossi.id(), 10)).as("turning it off twice writes it once")
                .filteredOn(change -> (change.type() + " " + change.subject()).equals("LOGIN mario@rossi.it") && change.newValue().equals("off")).hasSize(1);
    }

    @Test
    void B8_F2_only_staff_who_may_edit_the_account_turn_an_unlinked_login_off() {
        PortalUserId user = activation.activate(invite(rossi, OLD), "a long enough secret");
        editEmails(Optional.empty(), NEW);

        assertThat(unlinkedEmails.unlinkedEmails(paola.id(), rossi.id())).as("not on the team: nothing to see").isEmpty();
        assertThatThrownBy(() -> revokeUnlinked.revoke(paola.id(), rossi.id(), OLD)).isInstanceOf(InvalidInputException.class);
        assertThat(unlinkedEmails.unlinkedEmails(marco.id(), rossi.id())).hasSize(1);
        assertThatThrownBy(() -> revokeUnlinked.revoke(marco.id(), rossi.id(), OLD)).isInstanceOf(NotAllowedException.class);
        assertThat(reach.accounts(user)).hasSize(1);
    }

    private SecretToken invite(Account account, EmailAddress email) {
        int before = outbox.queued().size();
        toggles.change(new ChangeAccessCommand(anna.id(), account.id(), current(account).version(), mario.id(), email, AccessToggle.LOGIN,
                true, Optional.of(new InvitationRequest(""))));
        return tokenOf(outbox.queued().get(before));
    }

    private void toggle(Account account, EmailAddress email, AccessToggle toggle, boolean on) {
        toggles.change(new ChangeAccessCommand(anna.id(), account.id(), current(account).version(), mario.id(), email, toggle, on));
    }

    private void editEmails(Optional<io.portico.domain.shared.Language> language, EmailAddress... emails) {
        Contact now = contacts.find(mario.id()).orElseThrow();
        contactEdits.edit(new EditContactCommand(anna.id(), mario.id(), now.version(), now.name(),
                new ContactEmails(Arrays.asList(emails)), now.phone(), now.address(), language));
    }

    private Account current(Account account) {
        return accounts.find(account.id()).orElseThrow();
    }

    /** The toggles as the profile shows them: for the contact's addresses now. */
    private List<EmailAccess> accessOf(Account account) {
        return current(account).links().getFirst().alignedWith(contacts.find(mario.id()).orElseThrow()).access();
    }

    private List<OutgoingMail> newMail() {
        return outbox.queued().subList(seen, outbox.queued().size());
    }

    private OutgoingMail onlyMailTo(EmailAddress to) {
        assertThat(newMail()).singleElement().satisfies(m -> assertThat(m.to()).isEqualTo(to));
        return newMail().getFirst();
    }

    private static SecretToken tokenOf(OutgoingMail mail) {
        Matcher matcher = TOKEN.matcher(mail.textBody());
        assertThat(matcher.find()).as("a link in %s", mail.textBody()).isTrue();
        return new SecretToken(matcher.group(1));
    }
}
