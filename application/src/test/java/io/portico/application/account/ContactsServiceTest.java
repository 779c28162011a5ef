package io.portico.application.account;

import io.portico.application.access.AccessChanges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.account.port.in.ChangeAccessCommand;
import io.portico.application.audit.InMemoryAccessAudit;
import io.portico.application.contact.EmailChangeAccess;
import io.portico.application.contact.InMemoryContacts;
import io.portico.application.contact.port.ContactListRequest;
import io.portico.application.contact.port.ContactRow;
import io.portico.application.contact.port.in.EditContactCommand;
import io.portico.application.shared.DirectTransactions;
import io.portico.application.shared.MutableClock;
import io.portico.application.staff.InMemoryStaff;
import io.portico.domain.access.AccessToggle;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.Account;
import io.portico.domain.contact.Contact;
import io.portico.domain.contact.ContactEmails;
import io.portico.domain.contact.ContactName;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.PostalAddress;
import io.portico.domain.shared.StaleRecordException;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ContactsServiceTest {

    private final MutableClock clock = new MutableClock(AccountFixtures.NOW);
    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryContacts contacts = new InMemoryContacts();
    private final InMemoryAccounts accounts = new InMemoryAccounts(contacts, staff);
    private final InMemoryAccessAudit auditLog = new InMemoryAccessAudit();
    private final Viewers viewers = new Viewers(staff, accounts, accounts.archive());
    private final io.portico.application.access.AccessReactions reactions = io.portico.application.access.TestReactions.of(staff, contacts,
            accounts, auditLog, clock);
    private final ContactsService service = new ContactsService(contacts, accounts, accounts, viewers);
    private final EditContactService edits = new EditContactService(service, contacts, viewers,
            new EmailChangeAccess(accounts, new AccessChanges(accounts, reactions)), new DirectTransactions(), clock);
    private final AccountProfileService profiles = new AccountProfileService(viewers, contacts, auditLog, staff);
    private final EditLinksService links = new EditLinksService(viewers, accounts, new AccessChanges(accounts, reactions), new DirectTransactions(), clock);

    private StaffMember anna;
    private StaffMember paola;
    private Contact mario;
    private Account family;
    private Account business;

    @BeforeEach
    void clients() {
        anna = AccountFixtures.staff(staff, "Anna", "Bianchi", StaffRole.OWNER);
        paola = AccountFixtures.staff(staff, "Paola", "Neri", StaffRole.EMPLOYEE);
        mario = AccountFixtures.contact(contacts, anna.id(), "Mario", "Rossi", "mario@rossi.it");
        family = AccountFixtures.individual("Rossi family", Set.of(anna.id()), AccountFixtures.loginFor(mario, "mario@rossi.it"));
        business = AccountFixtures.company("Rossi", Set.of(anna.id()), AccountFixtures.plain(mario));
        accounts.add(family, anna.id(), AccountFixtures.NOW);
        accounts.add(business, anna.id(), AccountFixtures.NOW);
    }

    private EditContactCommand edit(StaffMember by, long version, String phone, String... emails) {
        return new EditContactCommand(by.id(), mario.id(), version, new ContactName("Mario", "Rossi"),
                new ContactEmails(java.util.Arrays.stream(emails).map(EmailAddress::new).toList()), phone, PostalAddress.NONE, Optional.empty());
    }

    @Test
    void F6_personal_details_edited_once_change_on_every_linked_account() {
        edits.edit(edit(anna, 0, "+39 333 000", "mario@rossi.it", "m.rossi@gmail.com"));

        for (Account account : List.of(family, business)) {
            var profile = profiles.profile(anna.id(), account.id()).orElseThrow();
            assertThat(profile.contacts().getFirst().phone()).isEqualTo("+39 333 000");
            assertThat(profile.contacts().getFirst().emails().all()).hasSize(2);
        }
        var familyAccess = profiles.profile(anna.id(), family.id()).orElseThrow().account().links().getFirst().access();
        assertThat(familyAccess).as("the new address starts with every toggle off; LOGIN stays on the old one").containsExactly(
                new EmailAccess(new EmailAddress("mario@rossi.it"), true, false, false),
                EmailAccess.none(new EmailAddress("m.rossi@gmail.com")));
        assertThat(auditLog.history(family.id(), 1)).singleElement().satisfies(change -> {
            assertThat(change.type()).isEqualTo(io.portico.domain.account.access.HistoryType.ADDRESSES_CHANGED);
            assertThat(change.subject()).isEqualTo("Mario Rossi");
            assertThat(change.oldValue()).isEqualTo("mario@rossi.it");
            assertThat(change.newValue()).isEqualTo("mario@rossi.it, m.rossi@gmail.com");
        });
    }

    @Test
    void issue11_staff_set_a_contacts_language_and_clear_it_back_to_the_firms() {
        edits.edit(new EditContactCommand(anna.id(), mario.id(), 0, mario.name(), mario.emails(), "", PostalAddress.NONE,
                Optional.of(io.portico.domain.shared.Language.FR)));
        assertThat(contacts.find(mario.id()).orElseThrow().language()).contains(io.portico.domain.shared.Language.FR);

        edits.edit(new EditContactCommand(anna.id(), mario.id(), 1, mario.name(), mario.emails(), "", PostalAddress.NONE, Optional.empty()));
        assertThat(contacts.find(mario.id()).orElseThrow().language()).isEmpty();
    }

    @Test
    void F6_a_newly_added_address_can_get_its_toggles() {
        edits.edit(edit(anna, 0, "", "mario@rossi.it", "m.rossi@gmail.com"));
        long version = accounts.find(business.id()).orElseThrow().version();
        links.change(new ChangeAccessCommand(anna.id(), business.id(), version, mario.id(), new EmailAddress("m.rossi@gmail.com"),
                AccessToggle.NOTIFY, true));
        assertThat(profiles.profile(anna.id(), business.id()).orElseThrow().account().links().getFirst().access().get(1).notifications()).isTrue();
    }

    @Test
    void no_lost_updates_a_second_edit_from_the_same_version_is_refused() {
        edits.edit(edit(anna, 0, "111", "mario@rossi.it"));
        assertThatThrownBy(() -> edits.edit(edit(anna, 0, "222", "mario@rossi.it"))).isInstanceOf(StaleRecordException.class);
        assertThat(contacts.find(mario.id()).orElseThrow().phone()).isEqualTo("111");
    }

    @Test
    void an_address_of_another_contact_is_refused_and_nothing_changes() {
        AccountFixtures.contact(contacts, anna.id(), "Lucia", "Rossi", "lucia@rossi.it");
        assertThatThrownBy(() -> edits.edit(edit(anna, 0, "999", "mario@rossi.it", "lucia@rossi.it")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("email.taken"));
        assertThat(contacts.find(mario.id()).orElseThrow().phone()).isNotEqualTo("999");
    }

    @Test
    void F2_editing_a_contact_needs_manage_accounts_and_an_account_of_it_one_may_edit() {
        staff.grantRights(paola.id(), Set.of(io.portico.domain.staff.StaffRight.VIEW_ALL_ACCOUNTS));
        assertThatThrownBy(() -> edits.edit(edit(paola, 0, "1", "mario@rossi.it")))
                .isInstanceOf(io.portico.domain.shared.NotAllowedException.class);

        StaffMember marco = AccountFixtures.staff(staff, "Marco", "Verdi", StaffRole.EMPLOYEE);
        staff.grantRights(marco.id(), Set.of(io.portico.domain.staff.StaffRight.MANAGE_ACCOUNTS));
        accounts.update(accounts.find(family.id()).orElseThrow().withTeam(Set.of(anna.id(), marco.id())), anna.id(), AccountFixtures.NOW);
        edits.edit(edit(marco, 0, "2", "mario@rossi.it"));
        assertThat(contacts.find(mario.id()).orElseThrow().phone()).isEqualTo("2");
    }

    @Test
    void F2_a_contact_of_accounts_one_may_not_see_reads_as_not_found() {
        assertThat(service.contact(paola.id(), mario.id())).isEmpty();
        assertThat(service.page(paola.id(), new ContactListRequest(Optional.empty(), Optional.empty(), 10))).isEmpty();
        assertThatThrownBy(() -> edits.edit(edit(paola, 0, "1", "mario@rossi.it"))).isInstanceOf(InvalidInputException.class);
        assertThat(service.page(anna.id(), new ContactListRequest(Optional.empty(), Optional.empty(), 10)))
                .extracting(ContactRow::name).containsExactly("Mario Rossi");
    }

    @Test
    void F2_an_owner_edits_a_contact_that_no_account_links_any_more() {
        Contact lucia = AccountFixtures.contact(contacts, anna.id(), "Lucia", "Rossi", "lucia@rossi.it");
        edits.edit(new EditContactCommand(anna.id(), lucia.id(), lucia.version(), lucia.name(), lucia.emails(), "3", PostalAddress.NONE, Optional.empty()));
        assertThat(contacts.find(lucia.id()).orElseThrow().phone()).isEqualTo("3");
    }

    @Test
    void A8_an_address_that_exists_offers_its_contact_instead_of_a_duplicate() {
        edits.edit(edit(anna, 0, "", "mario@rossi.it", "m.rossi@gmail.com"));
        assertThat(service.byEmail(anna.id(), " M.Rossi@GMAIL.com ")).hasValueSatisfying(summary -> {
            assertThat(summary.id()).isEqualTo(mario.id());
            assertThat(summary.name()).isEqualTo("Mario Rossi");
            assertThat(summary.emails()).containsExactly("mario@rossi.it", "m.rossi@gmail.com");
        });
        assertThat(service.byEmail(anna.id(), "someone@else.it")).isEmpty();
        assertThat(service.byEmail(anna.id(), "not an address")).isEmpty();
    }

    @Test
    void issue10_14_looking_up_an_address_finds_only_a_contact_one_may_see() {
        assertThat(service.byEmail(paola.id(), "mario@rossi.it")).as("only on Anna's accounts").isEmpty();

        accounts.update(accounts.find(business.id()).orElseThrow().withTeam(Set.of(anna.id(), paola.id())), anna.id(), AccountFixtures.NOW);
        assertThat(service.byEmail(paola.id(), "mario@rossi.it")).isPresent();

        AccountFixtures.contact(contacts, anna.id(), "Lucia", "Rossi", "lucia@rossi.it");
        assertThat(service.byEmail(paola.id(), "lucia@rossi.it")).as("on no account: nobody's to hide").isPresent();
    }

    @Test
    void issue10_14_an_address_change_is_refused_while_the_contact_is_on_an_account_the_editor_may_not_edit() {
        StaffMember marco = AccountFixtures.staff(staff, "Marco", "Verdi", StaffRole.EMPLOYEE);
        staff.grantRights(marco.id(), Set.of(io.portico.domain.staff.StaffRight.MANAGE_ACCOUNTS));
        accounts.update(accounts.find(business.id()).orElseThrow().withTeam(Set.of(anna.id(), marco.id())), anna.id(), AccountFixtures.NOW);

        assertThatThrownBy(() -> edits.edit(edit(marco, 0, "", "mario@marco.it")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("emails");
                    assertThat(e.messageKey()).isEqualTo("contact.emails.on-accounts-not-editable");
                });
        assertThat(contacts.find(mario.id()).orElseThrow().emails().all()).containsExactly(new EmailAddress("mario@rossi.it"));
        assertThat(accounts.find(family.id()).orElseThrow().links().getFirst().access())
                .as("the family's LOGIN stays where it was").containsExactly(new EmailAccess(new EmailAddress("mario@rossi.it"), true, false, false));

        edits.edit(edit(marco, 0, "7", "mario@rossi.it"));
        assertThat(contacts.find(mario.id()).orElseThrow().phone()).as("other details may change").isEqualTo("7");
        accounts.update(accounts.find(family.id()).orElseThrow().withTeam(Set.of(anna.id(), marco.id())), anna.id(), AccountFixtures.NOW);
        edits.edit(edit(marco, 1, "7", "mario@marco.it"));
        assertThat(contacts.find(mario.id()).orElseThrow().emails().all()).containsExactly(new EmailAddress("mario@marco.it"));
    }

    @Test
    void a_page_of_contacts_holds_1_to_500_rows() {
        assertThat(new ContactListRequest(Optional.empty(), Optional.empty(), 1).limit()).isEqualTo(1);
        assertThat(new ContactListRequest(Optional.empty(), Optional.empty(), 500).limit()).isEqualTo(500);
        assertThatThrownBy(() -> new ContactListRequest(Optional.empty(), Optional.empty(), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ContactListRequest(Optional.empty(), Optional.empty(), 501)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void issue12_the_contact_search_starts_at_the_second_character_and_shows_only_what_the_viewer_may_link() {
        Contact ada = AccountFixtures.contact(contacts, anna.id(), "Ada", "Rossetti", "ada@rossetti.it");

        assertThat(service.search(anna.id(), " r ", 10)).isEmpty();
        assertThat(service.search(anna.id(), null, 10)).isEmpty();
        assertThat(service.search(anna.id(), " ro ", 10)).extracting(match -> match.name()).containsExactly("Ada Rossetti", "Mario Rossi");
        // paola sees no account of mario's; ada is on no account, so nobody's to hide
        assertThat(service.search(paola.id(), "ross", 10)).extracting(match -> match.id()).containsExactly(ada.id());
        assertThat(service.search(anna.id(), "ross", 1)).hasSize(1);
    }

    @Test
    void issue12_the_contact_list_keeps_its_filters_and_is_restricted_to_the_viewer() {
        var request = new ContactListRequest(Optional.of(anna.id()), Optional.empty(), 10, Optional.of("mario"), Optional.empty(),
                Optional.of(true));
        assertThat(service.page(anna.id(), request)).extracting(row -> row.name()).containsExactly("Mario Rossi");
        assertThat(service.page(paola.id(), request)).isEmpty();
        assertThat(service.page(anna.id(), new ContactListRequest(Optional.empty(), Optional.empty(), 10, Optional.of("mario"),
                Optional.empty(), Optional.of(false)))).isEmpty();
        assertThat(new ContactListRequest(Optional.empty(), Optional.empty(), 10, Optional.of("  "), null, null))
                .satisfies(blank -> {
                    assertThat(blank.search()).isEmpty();
                    assertThat(blank.tag()).isEmpty();
                    assertThat(blank.portalAccess()).isEmpty();
                });
    }
}
