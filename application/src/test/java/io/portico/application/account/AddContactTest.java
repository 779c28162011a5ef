package io.portico.application.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.account.port.in.AddContactCommand;
import io.portico.application.account.port.in.ContactEntry;
import io.portico.application.account.port.in.InvitationRequest;
import io.portico.application.audit.InMemoryAccessAudit;
import io.portico.application.contact.InMemoryContacts;
import io.portico.application.shared.DirectTransactions;
import io.portico.application.shared.MutableClock;
import io.portico.application.staff.InMemoryStaff;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.Account;
import io.portico.domain.account.access.HistoryEntry;
import io.portico.domain.account.access.HistoryType;
import io.portico.domain.contact.Contact;
import io.portico.domain.contact.ContactEmails;
import io.portico.domain.contact.ContactName;
import io.portico.domain.portal.LoginState;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.shared.PostalAddress;
import io.portico.domain.shared.StaleRecordException;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 12, item 8: Add contact on the Info tab. */
class AddContactTest {

    private static final EmailAddress ADA = new EmailAddress("ada@bruni.it");

    private final MutableClock clock = new MutableClock(AccountFixtures.NOW);
    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryContacts contacts = new InMemoryContacts();
    private final io.portico.application.portal.PortalFakes portal = new io.portico.application.portal.PortalFakes();
    private final InMemoryAccounts accounts = new InMemoryAccounts(contacts, staff, new io.portico.application.tag.InMemoryTags(), portal.users);
    private final InMemoryAccessAudit auditLog = new InMemoryAccessAudit();
    private final Viewers viewers = new Viewers(staff, accounts, accounts.archive());
    private final io.portico.application.mail.InMemoryMailOutbox outbox = new io.portico.application.mail.InMemoryMailOutbox();
    private final io.portico.application.mail.MailQueue mail = new io.portico.application.mail.MailQueue(
            new io.portico.application.mail.FakeMailRenderer(), outbox, clock);
    private final io.portico.application.portal.Invitations invitations = portal.invitations(accounts, mail);
    private final io.portico.application.access.AccessReactions reactions = io.portico.application.access.TestReactions.of(staff, contacts,
            accounts, auditLog, invitations, mail, new io.portico.application.inbox.InMemoryNotifications(),
            new io.portico.application.staff.InMemoryStaffLanguages(staff));
    private final AddContactService add = new AddContactService(accounts,
            new NewAccountParts(contacts, new ContactsService(contacts, accounts, accounts, viewers),
                    new io.portico.application.customfield.InMemoryCustomFields(), accounts,
                    new io.portico.application.staff.DefaultAccountAccess(staff)),
            viewers, new AddContactService.AccessLoading(accounts, reactions), new DirectTransactions(), clock);
    private final AccountProfileService profiles = new AccountProfileService(viewers, contacts, auditLog, staff);

    private StaffMember anna;
    private StaffMember marco;
    private Contact mario;
    private Contact ada;
    private Account rossi;

    @BeforeEach
    void firm() {
        anna = AccountFixtures.staff(staff, "Anna", "Bianchi", StaffRole.OWNER);
        marco = AccountFixtures.staff(staff, "Marco", "Verdi", StaffRole.EMPLOYEE);
        staff.grantRights(marco.id(), Set.of(io.portico.domain.staff.StaffRight.MANAGE_ACCOUNTS));
        mario = AccountFixtures.contact(contacts, anna.id(), "Mario", "Rossi", "mario@rossi.it");
        ada = AccountFixtures.contact(contacts, anna.id(), "Ada", "Bruni", ADA.value());
        rossi = AccountFixtures.individual("Rossi", Set.of(anna.id(), marco.id()), AccountFixtures.plain(mario));
        accounts.add(rossi, anna.id(), AccountFixtures.NOW);
        accounts.add(AccountFixtures.individual("Bruni", Set.of(anna.id()), AccountFixtures.plain(ada)), anna.id(), AccountFixtures.NOW);
    }

    private AddContactCommand linkAda(StaffMember by, EmailAccess... access) {
        return new AddContactCommand(by.id(), rossi.id(), 0, new ContactEntry.LinkExisting(ada.id(), "spouse", 1, false, List.of(access)),
                Optional.empty());
    }

    @Test
    void issue12_an_existing_contact_is_linked_with_its_toggles_and_invited_when_asked() {
        add.add(linkAda(anna, new EmailAccess(ADA, true, true, false)).withInvitation(Optional.of(new InvitationRequest("Welcome"))));

        Account after = accounts.find(rossi.id()).orElseThrow();
        assertThat(after.links()).hasSize(2);
        assertThat(after.links().get(1)).satisfies(link -> {
            assertThat(link.contactId()).isEqualTo(ada.id());
            assertThat(link.description()).isEqualTo("spouse");
            assertThat(link.signerPriority()).isEqualTo(1);
            assertThat(link.signerAuthority()).isFalse();
            assertThat(link.access()).containsExactly(new EmailAccess(ADA, true, true, false));
        });
        assertThat(after.version()).isEqualTo(1);
        assertThat(outbox.queued()).filteredOn(m -> m.textBody().contains("portal-invitation"))
                .singleElement().satisfies(m -> {
                    assertThat(m.to()).isEqualTo(ADA);
                    assertThat(m.textBody()).contains("Welcome");
                });
        assertThat(invitations.state(after, ADA, clock.instant())).isEqualTo(LoginState.INVITED);
        assertThat(profiles.profile(anna.id(), rossi.id()).orElseThrow().accessHistory())
                .extracting(HistoryEntry::type, HistoryEntry::subject, HistoryEntry::oldValue, HistoryEntry::newValue)
                .contains(Tuple.tuple(HistoryType.CONTACT_LINKED, "Ada Bruni", "", ""),
                        Tuple.tuple(HistoryType.LOGIN, ADA.value(), "off", "on"),
                        Tuple.tuple(HistoryType.NOTIFY, ADA.value(), "off", "on"));
    }

    @Test
    void issue12_login_with_skip_mails_no_invitation() {
        add.add(linkAda(anna, new EmailAccess(ADA, true, false, false)));

        assertThat(outbox.queued()).noneSatisfy(m -> assertThat(m.textBody()).contains("portal-invitation"));
        assertThat(invitations.state(accounts.find(rossi.id()).orElseThrow(), ADA, clock.instant())).isEqualTo(LoginState.NOT_INVITED);
    }

    @Test
    void issue12_a_new_contact_is_created_and_linked() {
        var lucia = new ContactEntry.CreateNew(new ContactName("Lucia", "Rossi"), new ContactEmails(List.of(new EmailAddress("lucia@rossi.it"))),
                "", PostalAddress.NONE, "daughter", List.of(new EmailAccess(new EmailAddress("lucia@rossi.it"), false, false, true)));

        add.add(new AddContactCommand(marco.id(), rossi.id(), 0, lucia, Optional.empty()));

        Contact created = contacts.findByEmail(new EmailAddress("lucia@rossi.it")).orElseThrow();
        assertThat(created.name().full()).isEqualTo("Lucia Rossi");
        assertThat(accounts.find(rossi.id()).orElseThrow().links()).extracting(link -> link.contactId())
                .containsExactly(mario.id(), created.id());
        assertThat(accounts.find(rossi.id()).orElseThrow().links().get(1).access())
                .containsExactly(new EmailAccess(new EmailAddress("lucia@rossi.it"), false, false, true));
    }

    @Test
    void issue12_a_contact_already_on_the_account_is_refused_and_nothing_changes() {
        assertThatThrownBy(() -> add.add(new AddContactCommand(anna.id(), rossi.id(), 0,
                new ContactEntry.LinkExisting(mario.id(), "again", List.of()), Optional.empty())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("contact");
                    assertThat(e.messageKey()).isEqualTo("account.contact-already-linked");
                });
        assertThat(accounts.find(rossi.id()).orElseThrow().version()).isZero();
    }

    @Test
    void issue12_F2_a_contact_only_on_accounts_the_actor_may_not_see_cannot_be_linked() {
        assertThatThrownBy(() -> add.add(linkAda(marco)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("contact.not-found"));
        assertThat(accounts.find(rossi.id()).orElseThrow().links()).hasSize(1);
    }

    @Test
    void issue12_F2_an_account_the_actor_may_not_see_reads_as_not_found() {
        StaffMember paola = AccountFixtures.staff(staff, "Paola", "Neri", StaffRole.EMPLOYEE);

        assertThatThrownBy(() -> add.add(linkAda(paola)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("account.not-found"));
    }

    @Test
    void issue12_without_manage_accounts_a_team_member_may_not_add_contacts() {
        StaffMember sara = AccountFixtures.staff(staff, "Sara", "Gialli", StaffRole.EMPLOYEE);
        Account saras = AccountFixtures.individual("Gialli", Set.of(sara.id()), AccountFixtures.plain(mario));
        accounts.add(saras, anna.id(), AccountFixtures.NOW);

        assertThatThrownBy(() -> add.add(new AddContactCommand(sara.id(), saras.id(), 0,
                new ContactEntry.LinkExisting(mario.id(), "", List.of()), Optional.empty()))).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void issue12_a_change_saved_meanwhile_makes_the_addition_stale() {
        add.add(linkAda(anna));

        var lucia = new ContactEntry.CreateNew(new ContactName("Lucia", "Rossi"), new ContactEmails(List.of()), "", PostalAddress.NONE,
                "", List.of());
        assertThatThrownBy(() -> add.add(new AddContactCommand(anna.id(), rossi.id(), 0, lucia, Optional.empty())))
                .isInstanceOf(StaleRecordException.class);
    }
}
