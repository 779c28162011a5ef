package io.portico.application.account;

import io.portico.application.access.AccessChanges;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.account.port.AccountListRequest;
import io.portico.application.account.port.in.AccountProfile;
import io.portico.application.account.port.AccountRow;
import io.portico.application.account.port.in.ChangeAccessCommand;
import io.portico.application.account.port.in.ContactEntry;
import io.portico.application.account.port.in.CreateAccountCommand;
import io.portico.application.account.port.in.InvitationRequest;
import io.portico.application.audit.InMemoryAccessAudit;
import io.portico.domain.account.access.HistoryEntry;
import io.portico.domain.account.access.HistoryType;
import io.portico.application.contact.InMemoryContacts;
import io.portico.application.shared.DirectTransactions;
import io.portico.application.shared.MutableClock;
import io.portico.application.staff.InMemoryStaff;
import io.portico.domain.access.AccessToggle;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.Account;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.AccountType;
import io.portico.domain.account.CompanyName;
import io.portico.domain.contact.Contact;
import io.portico.domain.contact.ContactEmails;
import io.portico.domain.contact.ContactName;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.shared.PostalAddress;
import io.portico.domain.shared.StaleRecordException;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRight;
import io.portico.domain.staff.StaffRole;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountUseCasesTest {

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
    private final CreateAccountService create = new CreateAccountService(accounts,
            new NewAccountParts(contacts, new ContactsService(contacts, accounts, accounts, viewers), new io.portico.application.customfield.InMemoryCustomFields(), accounts, new io.portico.application.staff.DefaultAccountAccess(staff)), viewers, reactions,
            new DirectTransactions(), clock);
    private final AccountProfileService profiles = new AccountProfileService(viewers, contacts, auditLog, staff);
    private final EditLinksService links = new EditLinksService(viewers, accounts, new AccessChanges(accounts, reactions), new DirectTransactions(), clock);
    private final FindAccountsService find = new FindAccountsService(accounts, viewers);

    private StaffMember anna;
    private StaffMember marco;
    private StaffMember paola;
    private Contact lucia;

    @BeforeEach
    void firm() {
        anna = AccountFixtures.staff(staff, "Anna", "Bianchi", StaffRole.OWNER);
        marco = AccountFixtures.staff(staff, "Marco", "Verdi", StaffRole.EMPLOYEE);
        paola = AccountFixtures.staff(staff, "Paola", "Neri", StaffRole.EMPLOYEE);
        staff.grantRights(marco.id(), Set.of(StaffRight.MANAGE_ACCOUNTS));
        lucia = AccountFixtures.contact(contacts, anna.id(), "Lucia", "Rossi", "lucia@rossi.it");
    }

    private static ContactEntry.CreateNew newMario(EmailAccess... access) {
        return new ContactEntry.CreateNew(new ContactName("Mario", "Rossi"),
                new ContactEmails(List.of(new EmailAddress("mario@rossi.it"), new EmailAddress("m.rossi@gmail.com"))),
                "", PostalAddress.NONE, "CEO", 0, true, List.of(access), Set.of(), java.util.Map.of(),
                Optional.of(io.portico.domain.shared.Language.IT));
    }

    private AccountId createRossiSrl(StaffMember by) {
        return create.create(new CreateAccountCommand(by.id(), AccountType.COMPANY, Optional.empty(), Optional.of(new CompanyName("Rossi Srl")),
                PostalAddress.NONE, Set.of(), List.of(
                        newMario(new EmailAccess(new EmailAddress("m.rossi@gmail.com"), true, false, false)),
                        new ContactEntry.LinkExisting(lucia.id(), "accountant", List.of()))));
    }

    private AccountProfile profile(StaffMember viewer, AccountId id) {
        return profiles.profile(viewer.id(), id).orElseThrow();
    }

    @Test
    void B1_creating_with_send_mails_a_link_to_every_address_given_login_in_the_same_change() {
        contacts.update(lucia.withLanguage(Optional.of(io.portico.domain.shared.Language.IT)), anna.id(), clock.instant());
        AccountId id = create.create(new CreateAccountCommand(anna.id(), AccountType.INDIVIDUAL, Optional.empty(), Optional.empty(),
                PostalAddress.NONE, Set.of(), List.of(
                        newMario(new EmailAccess(new EmailAddress("mario@rossi.it"), true, false, false),
                                new EmailAccess(new EmailAddress("m.rossi@gmail.com"), false, true, false)),
                        new ContactEntry.LinkExisting(lucia.id(), "", List.of(
                                new EmailAccess(new EmailAddress("lucia@rossi.it"), true, false, false)))))
                .withInvitation(Optional.of(new InvitationRequest("Welcome to the studio"))));

        var sent = outbox.queued().stream().filter(mail -> mail.textBody().contains("portal-invitation")).toList();
        assertThat(sent).extracting(mail -> mail.to().value()).containsExactlyInAnyOrder("mario@rossi.it", "lucia@rossi.it");
        assertThat(sent).allSatisfy(mail -> assertThat(mail.textBody()).contains("Welcome to the studio", "portal-invitation [it]"));
        Account account = accounts.find(id).orElseThrow();
        assertThat(invitations.state(account, new EmailAddress("mario@rossi.it"), clock.instant()))
                .isEqualTo(io.portico.domain.portal.LoginState.INVITED);
    }

    @Test
    void B1_creating_with_skip_leaves_the_addresses_with_login_not_invited_and_mails_no_link() {
        AccountId id = createRossiSrl(anna);

        assertThat(outbox.queued()).noneSatisfy(mail -> assertThat(mail.textBody()).contains("portal-invitation"));
        assertThat(invitations.state(accounts.find(id).orElseThrow(), new EmailAddress("m.rossi@gmail.com"), clock.instant()))
                .isEqualTo(io.portico.domain.portal.LoginState.NOT_INVITED);
    }

    @Test
    void B1_an_address_that_already_has_a_portal_user_gets_no_new_link_on_creation() {
        portal.users.add(io.portico.domain.portal.PortalUser.activate(new EmailAddress("lucia@rossi.it"), "hash", clock.instant()));

        create.create(new CreateAccountCommand(anna.id(), AccountType.INDIVIDUAL, Optional.empty(), Optional.empty(),
                PostalAddress.NONE, Set.of(), List.of(new ContactEntry.LinkExisting(lucia.id(), "", List.of(
                        new EmailAccess(new EmailAddress("lucia@rossi.it"), true, false, false)))))
                .withInvitation(Optional.of(new InvitationRequest(""))));

        assertThat(outbox.queued()).noneSatisfy(mail -> assertThat(mail.textBody()).contains("portal-invitation"));
    }

    @Test
    void A1_A3_A6_A8_an_account_is_created_with_new_and_existing_contacts_and_the_creator_on_the_team() {
        AccountId id = createRossiSrl(anna);

        AccountProfile rossi = profile(anna, id);
        assertThat(rossi.account().name().value()).as("A3: named after the company").isEqualTo("Rossi Srl");
        assertThat(rossi.account().team()).containsExactly(anna.id());
        assertThat(rossi.contacts()).extracting(c -> c.name().full()).containsExactly("Lucia Rossi", "Mario Rossi");
        assertThat(rossi.account().links().getFirst().description()).isEqualTo("CEO");
        assertThat(rossi.account().links().getFirst().access()).extracting(EmailAccess::login).containsExactly(false, true);
        assertThat(contacts.findByEmail(new EmailAddress("mario@rossi.it"))).isPresent();
        assertThat(rossi.editable()).isTrue();
    }

    @Test
    void A8_F5_signer_priority_and_authority_given_on_the_contacts_step_are_stored_on_the_links() {
        Contact paolo = AccountFixtures.contact(contacts, anna.id(), "Paolo", "Rossi");
        var mario = new ContactEntry.CreateNew(new ContactName("Mario", "Rossi"), ContactEmails.NONE, "", PostalAddress.NONE, "CEO",
                7, false, List.of(), Set.of(), java.util.Map.of());
        AccountId id = create.create(new CreateAccountCommand(anna.id(), AccountType.INDIVIDUAL, Optional.empty(), Optional.empty(),
                PostalAddress.NONE, Set.of(), List.of(mario,
                        new ContactEntry.LinkExisting(lucia.id(), "accountant", 3, true, List.of()),
                        new ContactEntry.LinkExisting(paolo.id(), "", List.of()))));

        assertThat(accounts.find(id).orElseThrow().links())
                .extracting(link -> link.description(), link -> link.signerPriority(), link -> link.signerAuthority())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("CEO", 7, false),
                        org.assertj.core.groups.Tuple.tuple("accountant", 3, true),
                        org.assertj.core.groups.Tuple.tuple("", 0, true));
    }

    @Test
    void F5_a_signer_priority_outside_0_to_99_is_refused_on_the_contact_entry() {
        assertThatThrownBy(() -> new ContactEntry.LinkExisting(lucia.id(), "", 100, true, List.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("signerPriority");
                    assertThat(e.arguments()).containsExactly(0, 99);
                });
        assertThatThrownBy(() -> new ContactEntry.CreateNew(new ContactName("Mario", "Rossi"), ContactEmails.NONE, "", PostalAddress.NONE,
                "", -1, true, List.of(), Set.of(), java.util.Map.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("signerPriority"));
        assertThat(new ContactEntry.LinkExisting(lucia.id(), "", 99, true, List.of()).signerPriority()).isEqualTo(99);
        assertThat(new ContactEntry.LinkExisting(lucia.id(), "", 0, true, List.of()).signerPriority()).isZero();
    }

    @Test
    void access_audit_records_the_team_links_and_toggles_given_at_creation() {
        AccountId id = createRossiSrl(anna);
        assertThat(profile(anna, id).accessHistory())
                .extracting(HistoryEntry::type, HistoryEntry::subject, HistoryEntry::oldValue, HistoryEntry::newValue)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(HistoryType.TEAM_MEMBER_ADDED, "Anna Bianchi", "", ""),
                        org.assertj.core.groups.Tuple.tuple(HistoryType.CONTACT_LINKED, "Mario Rossi", "", ""),
                        org.assertj.core.groups.Tuple.tuple(HistoryType.LOGIN, "m.rossi@gmail.com", "off", "on"));
    }

    @Test
    void A8_a_new_contact_with_a_known_address_is_refused_naming_the_existing_contact_and_nothing_is_stored() {
        var duplicate = new ContactEntry.CreateNew(new ContactName("Lucia", "Rossini"), new ContactEmails(List.of(new EmailAddress("LUCIA@rossi.it"))),
                "", PostalAddress.NONE, "", List.of());
        assertThatThrownBy(() -> create.create(new CreateAccountCommand(anna.id(), AccountType.INDIVIDUAL, Optional.empty(), Optional.empty(),
                PostalAddress.NONE, Set.of(), List.of(duplicate))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("emails");
                    assertThat(e.arguments()).containsExactly("LUCIA@rossi.it", "Lucia Rossi");
                });
        assertThat(find.page(anna.id(), AccountListRequest.firstPage(Optional.empty(), 10))).isEmpty();
    }

    @Test
    void issue10_14_a_contact_only_on_accounts_one_may_not_see_can_be_neither_linked_nor_named() {
        createRossiSrl(anna); // Lucia is now on an account of Anna's team only
        ContactEntry linkLucia = new ContactEntry.LinkExisting(lucia.id(), "", List.of(
                new EmailAccess(new EmailAddress("lucia@rossi.it"), true, false, false)));
        var sameAddress = new ContactEntry.CreateNew(new ContactName("Lu", "Cia"), new ContactEmails(List.of(new EmailAddress("lucia@rossi.it"))),
                "", PostalAddress.NONE, "", List.of());

        assertThatThrownBy(() -> create.create(new CreateAccountCommand(marco.id(), AccountType.INDIVIDUAL, Optional.empty(), Optional.empty(),
                PostalAddress.NONE, Set.of(), List.of(linkLucia))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("contacts");
                    assertThat(e.messageKey()).isEqualTo("contact.not-found");
                });
        assertThatThrownBy(() -> create.create(new CreateAccountCommand(marco.id(), AccountType.INDIVIDUAL, Optional.empty(), Optional.empty(),
                PostalAddress.NONE, Set.of(), List.of(sameAddress))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("emails");
                    assertThat(e.messageKey()).isEqualTo("email.belongs-to-hidden-contact");
                    assertThat(e.arguments()).containsExactly("lucia@rossi.it");
                });
        assertThat(find.page(anna.id(), AccountListRequest.firstPage(Optional.empty(), 10))).hasSize(1);

        staff.grantRights(marco.id(), Set.of(StaffRight.MANAGE_ACCOUNTS, StaffRight.VIEW_ALL_ACCOUNTS));
        create.create(new CreateAccountCommand(marco.id(), AccountType.INDIVIDUAL, Optional.empty(), Optional.empty(),
                PostalAddress.NONE, Set.of(), List.of(linkLucia)));
        assertThat(find.page(anna.id(), AccountListRequest.firstPage(Optional.empty(), 10))).hasSize(2);
    }

    @Test
    void F3_linking_a_contact_that_does_not_exist_is_refused_and_nothing_is_stored() {
        assertThatThrownBy(() -> create.create(new CreateAccountCommand(anna.id(), AccountType.INDIVIDUAL, Optional.empty(),
                Optional.empty(), PostalAddress.NONE, Set.of(), List.of(new ContactEntry.LinkExisting(
                        io.portico.domain.contact.ContactId.random(), "", List.of())))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("contacts");
                    assertThat(e.messageKey()).isEqualTo("contact.not-found");
                });
        assertThat(find.page(anna.id(), AccountListRequest.firstPage(Optional.empty(), 10))).isEmpty();
    }

    @Test
    void F2_creating_needs_manage_accounts() {
        assertThatThrownBy(() -> createRossiSrl(paola)).isInstanceOf(NotAllowedException.class);
        assertThat(find.page(anna.id(), AccountListRequest.firstPage(Optional.empty(), 10))).isEmpty();
    }

    @Test
    void F2_an_employee_sees_their_team_accounts_and_another_employees_account_reads_as_not_found() {
        AccountId marcos = createRossiSrl(marco);
        assertThat(profiles.profile(marco.id(), marcos)).isPresent();
        assertThat(profiles.profile(anna.id(), marcos)).as("owners see all").isPresent();
        assertThat(profiles.profile(paola.id(), marcos)).isEmpty();
        assertThat(profiles.profile(marco.id(), AccountId.random())).isEmpty();

        assertThat(find.page(paola.id(), AccountListRequest.firstPage(Optional.empty(), 10))).isEmpty();
        assertThat(find.search(paola.id(), "rossi", 10)).isEmpty();
        staff.grantRights(paola.id(), Set.of(StaffRight.VIEW_ALL_ACCOUNTS));
        assertThat(find.page(paola.id(), AccountListRequest.firstPage(Optional.empty(), 10))).extracting(AccountRow::name).containsExactly("Rossi Srl");
        assertThat(profile(paola, marcos).editable()).as("viewing is not editing").isFalse();
    }

    @Test
    void F5_a_toggle_is_changed_and_its_change_is_audited() {
        AccountId id = createRossiSrl(anna);
        AccountProfile before = profile(anna, id);
        Contact mario = before.contacts().get(1);

        links.change(new ChangeAccessCommand(anna.id(), id, before.account().version(), mario.id(), new EmailAddress("mario@rossi.it"),
                AccessToggle.NOTIFY, true));

        AccountProfile after = profile(anna, id);
        assertThat(after.account().links().getFirst().access().getFirst().notifications()).isTrue();
        assertThat(after.accessHistory().getFirst()).satisfies(change -> {
            assertThat(change.type()).isEqualTo(HistoryType.NOTIFY);
            assertThat(change.subject()).isEqualTo("mario@rossi.it");
            assertThat(change.oldValue()).isEqualTo("off");
            assertThat(change.newValue()).isEqualTo("on");
            assertThat(change.by().staff()).contains(anna.id());
        });
    }

    @Test
    void no_lost_updates_two_staff_changing_the_same_account_the_second_is_refused_naming_the_first() {
        AccountId id = createRossiSrl(anna);
        AccountProfile seenByBoth = profile(anna, id);
        Contact mario = seenByBoth.contacts().get(1);
        long version = seenByBoth.account().version();

        clock.advance(Duration.ofMinutes(1));
        links.change(new ChangeAccessCommand(anna.id(), id, version, mario.id(), new EmailAddress("mario@rossi.it"), AccessToggle.NOTIFY, true));
        assertThatThrownBy(() -> links.change(new ChangeAccessCommand(anna.id(), id, version, mario.id(),
                new EmailAddress("m.rossi@gmail.com"), AccessToggle.EMAIL_SYNC, true)))
                .isInstanceOfSatisfying(StaleRecordException.class, e -> {
                    assertThat(e.changedBy()).isEqualTo("Anna Bianchi");
                    assertThat(e.changedAt()).isEqualTo(AccountFixtures.NOW.plus(Duration.ofMinutes(1)));
                });
        assertThat(profile(anna, id).account().links().getFirst().access().get(1).emailSync()).isFalse();
    }

    @Test
    void F5_any_contact_but_the_last_can_be_unlinked() {
        AccountId id = createRossiSrl(anna);
        AccountProfile rossi = profile(anna, id);
        links.unlink(anna.id(), id, rossi.account().version(), lucia.id());

        AccountProfile after = profile(anna, id);
        assertThat(after.contacts()).extracting(c -> c.name().full()).containsExactly("Mario Rossi");
        assertThat(contacts.find(lucia.id())).as("the contact itself stays").isPresent();
        assertThat(after.accessHistory().getFirst()).extracting(HistoryEntry::type, HistoryEntry::subject)
                .containsExactly(HistoryType.CONTACT_UNLINKED, "Lucia Rossi");
        assertThatThrownBy(() -> links.unlink(anna.id(), id, after.account().version(), after.contacts().getFirst().id()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("account.last-contact"));
    }

    @Test
    void F2_an_employee_who_may_only_view_cannot_change_toggles() {
        AccountId id = createRossiSrl(anna);
        staff.grantRights(paola.id(), Set.of(StaffRight.VIEW_ALL_ACCOUNTS));
        AccountProfile rossi = profile(paola, id);
        assertThatThrownBy(() -> links.change(new ChangeAccessCommand(paola.id(), id, rossi.account().version(), lucia.id(),
                new EmailAddress("lucia@rossi.it"), AccessToggle.LOGIN, true))).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void E2_search_starts_from_two_characters_and_finds_by_email_fragment() {
        createRossiSrl(anna);
        assertThat(find.search(anna.id(), "g", 10)).isEmpty();
        assertThat(find.search(anna.id(), " gm ", 10)).as("two characters are enough").hasSize(1);
        assertThat(find.search(anna.id(), "gmail", 10)).singleElement().satisfies(hit -> assertThat(hit.accountName()).isEqualTo("Rossi Srl"));
    }

    @Test
    void F5_contacts_read_by_last_then_first_name_ignoring_accents_and_the_history_names_who_made_each_change() {
        Contact annaRossi = AccountFixtures.contact(contacts, anna.id(), "Anna", "Rossì", "anna@rossi.it");
        Contact bruno = AccountFixtures.contact(contacts, anna.id(), "Bruno", "Rossi", "bruno@rossi.it");
        Contact zeno = AccountFixtures.contact(contacts, anna.id(), "Zeno", "Amato", "zeno@amato.it");
        AccountId id = create.create(new CreateAccountCommand(marco.id(), AccountType.INDIVIDUAL, Optional.empty(), Optional.empty(),
                PostalAddress.NONE, Set.of(), List.of(new ContactEntry.LinkExisting(bruno.id(), "", List.of()),
                        new ContactEntry.LinkExisting(annaRossi.id(), "", List.of()), new ContactEntry.LinkExisting(zeno.id(), "", List.of()))));

        AccountProfile profile = profile(anna, id);

        assertThat(profile.contacts()).extracting(c -> c.name().full()).containsExactly("Zeno Amato", "Anna Rossì", "Bruno Rossi");
        assertThat(profile.changedBy()).containsExactly(java.util.Map.entry(marco.id(), "Marco Verdi"));
    }

    @Test
    void F2_a_staff_member_no_longer_active_sees_no_account() {
        AccountId id = createRossiSrl(anna);
        var gone = new StaffMember(io.portico.domain.staff.StaffId.random(), new io.portico.domain.shared.PersonName("Gino", "Neri"),
                new EmailAddress("gino@studio.it"), StaffRole.OWNER, io.portico.domain.staff.StaffStatus.DEACTIVATED);
        staff.add(gone, "hash");
        assertThatThrownBy(() -> profiles.profile(gone.id(), id)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> profiles.profile(io.portico.domain.staff.StaffId.random(), id)).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void a_page_of_accounts_holds_1_to_500_rows() {
        for (int limit : new int[] {1, 500}) {
            assertThat(new AccountListRequest(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false,
                    Optional.empty(), Optional.empty(), limit, Optional.empty()).limit()).isEqualTo(limit);
        }
        for (int limit : new int[] {0, 501}) {
            assertThatThrownBy(() -> new AccountListRequest(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false,
                    Optional.empty(), Optional.empty(), limit, Optional.empty())).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
