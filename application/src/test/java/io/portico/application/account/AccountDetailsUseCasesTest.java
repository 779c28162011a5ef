package io.portico.application.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.account.port.AccountListRequest;
import io.portico.application.account.port.AccountRow;
import io.portico.application.account.port.in.ContactEntry;
import io.portico.application.account.port.in.CreateAccountCommand;
import io.portico.application.account.port.in.CustomFieldHistoryEntry;
import io.portico.application.account.port.in.EditAccountDetailsCommand;
import io.portico.application.account.port.in.EditContactDetailsCommand;
import io.portico.application.audit.InMemoryAccessAudit;
import io.portico.application.contact.InMemoryContacts;
import io.portico.application.customfield.InMemoryCustomFields;
import io.portico.application.shared.DirectTransactions;
import io.portico.application.shared.MutableClock;
import io.portico.application.staff.InMemoryStaff;
import io.portico.application.tag.InMemoryTags;
import io.portico.domain.account.Account;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.AccountType;
import io.portico.domain.contact.Contact;
import io.portico.domain.contact.ContactEmails;
import io.portico.domain.contact.ContactName;
import io.portico.domain.customfield.CustomField;
import io.portico.domain.customfield.CustomFieldScope;
import io.portico.domain.customfield.CustomFieldType;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.shared.PostalAddress;
import io.portico.domain.shared.StaleRecordException;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRight;
import io.portico.domain.staff.StaffRole;
import io.portico.domain.tag.Tag;
import io.portico.domain.tag.TagColor;
import io.portico.domain.tag.TagScope;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** F4, F5: tags (A5) and custom field values (A7) of accounts and contacts, and the history of account values. */
class AccountDetailsUseCasesTest {

    private final MutableClock clock = new MutableClock(AccountFixtures.NOW);
    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryTags tags = new InMemoryTags();
    private final InMemoryCustomFields fields = new InMemoryCustomFields();
    private final InMemoryContacts contacts = new InMemoryContacts(tags);
    private final InMemoryAccounts accounts = new InMemoryAccounts(contacts, staff, tags);
    private final InMemoryCustomFieldHistory history = new InMemoryCustomFieldHistory();
    private final Viewers viewers = new Viewers(staff, accounts, accounts.archive());
    private final CreateAccountService create = new CreateAccountService(accounts, new NewAccountParts(contacts, new ContactsService(contacts, accounts, accounts, viewers), fields, accounts, new io.portico.application.staff.DefaultAccountAccess(staff)), viewers,
            io.portico.application.access.TestReactions.of(staff, contacts, accounts, new InMemoryAccessAudit(), clock),
            new DirectTransactions(), clock);
    private final EditAccountDetailsService accountDetails = new EditAccountDetailsService(accounts, new CustomValues(fields), history,
            viewers, new DirectTransactions(), clock);
    private final EditContactDetailsService contactDetails = new EditContactDetailsService(contacts, new CustomValues(fields), viewers,
            new DirectTransactions(), clock);
    private final CustomFieldHistoryService fieldHistory = new CustomFieldHistoryService(history, staff, viewers);
    private final FindAccountsService find = new FindAccountsService(accounts, viewers);

    private StaffMember anna;
    private StaffMember marco;
    private StaffMember paola;
    private Tag vip;
    private Tag signer;
    private CustomField revenue;
    private CustomField regime;
    private CustomField birthday;

    @BeforeEach
    void firm() {
        anna = AccountFixtures.staff(staff, "Anna", "Bianchi", StaffRole.OWNER);
        marco = AccountFixtures.staff(staff, "Marco", "Verdi", StaffRole.EMPLOYEE);
        paola = AccountFixtures.staff(staff, "Paola", "Neri", StaffRole.EMPLOYEE);
        staff.grantRights(marco.id(), Set.of(StaffRight.MANAGE_ACCOUNTS, StaffRight.VIEW_ALL_ACCOUNTS));
        staff.grantRights(paola.id(), Set.of(StaffRight.VIEW_ALL_ACCOUNTS));
        vip = Tag.create(TagScope.ACCOUNT, "VIP", new TagColor("#e53935"));
        signer = Tag.create(TagScope.CONTACT, "Signer", new TagColor("#1e88e5"));
        tags.add(vip);
        tags.add(signer);
        revenue = CustomField.create(CustomFieldScope.ACCOUNT, "Revenue", CustomFieldType.NUMBER, List.of());
        regime = CustomField.create(CustomFieldScope.ACCOUNT, "Tax regime", CustomFieldType.DROPDOWN, List.of("Ordinario", "Forfettario"));
        birthday = CustomField.create(CustomFieldScope.CONTACT, "Birthday", CustomFieldType.DATE, List.of());
        List.of(revenue, regime, birthday).forEach(fields::add);
    }

    private AccountId rossi(Set<io.portico.domain.tag.TagId> accountTags, Set<io.portico.domain.tag.TagId> contactTags) {
        var mario = new ContactEntry.CreateNew(new ContactName("Mario", "Rossi"), ContactEmails.NONE, "", PostalAddress.NONE, "", List.of(),
                contactTags);
        return create.create(new CreateAccountCommand(anna.id(), AccountType.INDIVIDUAL, Optional.empty(), Optional.empty(),
                PostalAddress.NONE, Set.of(), List.of(mario), accountTags));
    }

    private Account account(AccountId id) {
        return accounts.find(id).orElseThrow();
    }

    @Test
    void A5_tags_chosen_on_creation_go_to_the_account_and_to_the_new_contact_and_show_in_the_list() {
        AccountId id = rossi(Set.of(vip.id()), Set.of(signer.id()));

        assertThat(account(id).tags()).containsExactly(vip.id());
        Contact mario = contacts.find(account(id).links().getFirst().contactId()).orElseThrow();
        assertThat(mario.tags()).containsExactly(signer.id());
        assertThat(find.page(anna.id(), AccountListRequest.firstPage(Optional.empty(), 10).withTag(Optional.of(vip.id()))))
                .singleElement().satisfies(row -> assertThat(row.tags()).containsExactly(vip));
    }

    @Test
    void A5_a_contact_tag_cannot_tag_an_account_and_nothing_is_created() {
        assertThatThrownBy(() -> rossi(Set.of(signer.id()), Set.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("tags"));
        assertThat(find.page(anna.id(), AccountListRequest.firstPage(Optional.empty(), 10))).extracting(AccountRow::name).isEmpty();
    }

    @Test
    void A7_A8_custom_field_values_typed_on_creation_are_checked_by_type_and_stored() {
        var mario = new ContactEntry.CreateNew(new ContactName("Mario", "Rossi"), ContactEmails.NONE, "", PostalAddress.NONE, "", List.of());
        AccountId id = create.create(new CreateAccountCommand(anna.id(), AccountType.INDIVIDUAL, Optional.empty(), Optional.empty(),
                PostalAddress.NONE, Set.of(), List.of(mario), Set.of(), java.util.Map.of(revenue.id(), "1250,50", regime.id(), " ")));
        assertThat(account(id).customValues()).containsExactly(java.util.Map.entry(revenue.id(), "1250.50"));

        assertThatThrownBy(() -> create.create(new CreateAccountCommand(anna.id(), AccountType.INDIVIDUAL, Optional.empty(), Optional.empty(),
                PostalAddress.NONE, Set.of(), List.of(mario), Set.of(), java.util.Map.of(revenue.id(), "a lot"))))
                .isInstanceOf(io.portico.domain.shared.InvalidInputException.class);
        assertThatThrownBy(() -> create.create(new CreateAccountCommand(anna.id(), AccountType.INDIVIDUAL, Optional.empty(), Optional.empty(),
                PostalAddress.NONE, Set.of(), List.of(mario), Set.of(), java.util.Map.of(birthday.id(), "2000-01-01"))))
                .as("a contact field cannot hold an account value")
                .isInstanceOf(io.portico.domain.shared.InvalidInputException.class);
        assertThat(find.page(anna.id(), io.portico.application.account.port.AccountListRequest.firstPage(Optional.empty(), 10))).hasSize(1);
    }

    private AccountId createWith(ContactEntry... entries) {
        return create.create(new CreateAccountCommand(anna.id(), AccountType.INDIVIDUAL, Optional.empty(), Optional.empty(),
                PostalAddress.NONE, Set.of(), List.of(entries)));
    }

    private static ContactEntry.CreateNew newContact(String first, String email, Map<io.portico.domain.customfield.CustomFieldId, String> values) {
        return new ContactEntry.CreateNew(new ContactName(first, "Rossi"),
                new ContactEmails(List.of(new io.portico.domain.shared.EmailAddress(email))), "", PostalAddress.NONE, "", 0, true,
                List.of(), Set.of(), values);
    }

    @Test
    void A7_a_new_contact_gets_its_contact_custom_fields_on_creation() {
        CustomField vatNumber = CustomField.create(CustomFieldScope.CONTACT, "Personal VAT", CustomFieldType.TEXT, List.of());
        fields.add(vatNumber);
        AccountId id = createWith(newContact("Mario", "mario@rossi.it",
                Map.of(birthday.id(), " 1970-05-01 ", vatNumber.id(), " ")));

        Contact mario = contacts.find(account(id).links().getFirst().contactId()).orElseThrow();
        assertThat(mario.customValues()).as("checked by type and trimmed; a blank value is no value")
                .isEqualTo(Map.of(birthday.id(), "1970-05-01"));
    }

    @Test
    void A7_a_new_contacts_value_that_does_not_fit_its_type_is_refused_naming_the_field_and_nothing_is_saved() {
        var lucia = newContact("Lucia", "lucia@rossi.it", Map.of(birthday.id(), "1970-05-01"));
        var mario = newContact("Mario", "mario@rossi.it", Map.of(birthday.id(), "May 1st"));

        assertThatThrownBy(() -> createWith(lucia, mario))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("customFields");
                    assertThat(e.messageKey()).isEqualTo("custom-field.not-a-date");
                    assertThat(e.arguments()).containsExactly("Birthday");
                });
        assertThat(find.page(anna.id(), AccountListRequest.firstPage(Optional.empty(), 10))).isEmpty();
        assertThat(contacts.findByEmail(new io.portico.domain.shared.EmailAddress("lucia@rossi.it")))
                .as("not even the contact before the refused one").isEmpty();
        assertThat(contacts.findByEmail(new io.portico.domain.shared.EmailAddress("mario@rossi.it"))).isEmpty();
    }

    @Test
    void A7_an_account_field_cannot_hold_a_new_contacts_value_and_nothing_is_saved() {
        assertThatThrownBy(() -> createWith(newContact("Mario", "mario@rossi.it", Map.of(revenue.id(), "10"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("custom-field.not-found"));
        assertThat(find.page(anna.id(), AccountListRequest.firstPage(Optional.empty(), 10))).isEmpty();
        assertThat(contacts.findByEmail(new io.portico.domain.shared.EmailAddress("mario@rossi.it"))).isEmpty();
    }

    @Test
    void A7_a_bad_account_value_leaves_no_new_contact_behind() {
        assertThatThrownBy(() -> create.create(new CreateAccountCommand(anna.id(), AccountType.INDIVIDUAL, Optional.empty(), Optional.empty(),
                PostalAddress.NONE, Set.of(), List.of(newContact("Mario", "mario@rossi.it", Map.of())), Set.of(),
                Map.of(revenue.id(), "a lot"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.arguments()).containsExactly("Revenue"));
        assertThat(contacts.findByEmail(new io.portico.domain.shared.EmailAddress("mario@rossi.it"))).isEmpty();
    }

    @Test
    void A7_changing_an_account_custom_field_keeps_its_history() {
        AccountId id = rossi(Set.of(), Set.of());
        accountDetails.edit(new EditAccountDetailsCommand(anna.id(), id, 0, Set.of(vip.id()), Map.of(revenue.id(), "1250,50", regime.id(), "ordinario")));
        clock.advance(Duration.ofHours(1));
        accountDetails.edit(new EditAccountDetailsCommand(marco.id(), id, 1, Set.of(vip.id()), Map.of(revenue.id(), "1300", regime.id(), "Ordinario")));

        assertThat(account(id).customValues()).isEqualTo(Map.of(revenue.id(), "1300", regime.id(), "Ordinario"));
        assertThat(account(id).tags()).containsExactly(vip.id());
        assertThat(fieldHistory.history(anna.id(), id, revenue.id())).containsExactly(
                new CustomFieldHistoryEntry("Marco Verdi", AccountFixtures.NOW.plus(Duration.ofHours(1)), "1250.50", "1300"),
                new CustomFieldHistoryEntry("Anna Bianchi", AccountFixtures.NOW, "", "1250.50"));
        assertThat(fieldHistory.history(anna.id(), id, regime.id())).as("an unchanged value adds nothing").hasSize(1);
    }

    @Test
    void A7_clearing_a_value_removes_it_and_is_history_too() {
        AccountId id = rossi(Set.of(), Set.of());
        accountDetails.edit(new EditAccountDetailsCommand(anna.id(), id, 0, Set.of(), Map.of(revenue.id(), "10")));
        accountDetails.edit(new EditAccountDetailsCommand(anna.id(), id, 1, Set.of(), Map.of(revenue.id(), " ")));
        assertThat(account(id).customValues()).isEmpty();
        assertThat(fieldHistory.history(anna.id(), id, revenue.id())).extracting(CustomFieldHistoryEntry::oldValue, CustomFieldHistoryEntry::newValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("10", ""), org.assertj.core.groups.Tuple.tuple("", "10"));
    }

    @Test
    void A7_a_value_that_does_not_fit_its_type_is_refused_naming_the_field_and_nothing_changes() {
        AccountId id = rossi(Set.of(), Set.of());
        assertThatThrownBy(() -> accountDetails.edit(new EditAccountDetailsCommand(anna.id(), id, 0, Set.of(vip.id()),
                Map.of(revenue.id(), "a lot"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("customFields");
                    assertThat(e.messageKey()).isEqualTo("custom-field.not-a-number");
                    assertThat(e.arguments()).containsExactly("Revenue");
                });
        assertThat(account(id).tags()).isEmpty();
        assertThat(account(id).version()).isZero();
        assertThat(fieldHistory.history(anna.id(), id, revenue.id())).isEmpty();
    }

    @Test
    void A7_a_contact_field_cannot_be_set_on_an_account() {
        AccountId id = rossi(Set.of(), Set.of());
        assertThatThrownBy(() -> accountDetails.edit(new EditAccountDetailsCommand(anna.id(), id, 0, Set.of(), Map.of(birthday.id(), "2000-01-01"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("custom-field.not-found"));
    }

    @Test
    void no_lost_updates_a_second_save_of_the_details_from_the_same_version_is_refused() {
        AccountId id = rossi(Set.of(), Set.of());
        accountDetails.edit(new EditAccountDetailsCommand(anna.id(), id, 0, Set.of(vip.id()), Map.of()));
        assertThatThrownBy(() -> accountDetails.edit(new EditAccountDetailsCommand(marco.id(), id, 0, Set.of(), Map.of(revenue.id(), "5"))))
                .isInstanceOfSatisfying(StaleRecordException.class, e -> assertThat(e.changedBy()).isEqualTo("Anna Bianchi"));
        assertThat(account(id).tags()).containsExactly(vip.id());
        assertThat(fieldHistory.history(anna.id(), id, revenue.id())).isEmpty();
    }

    @Test
    void F2_viewing_is_not_editing_and_history_of_an_unseen_account_reads_as_empty() {
        AccountId id = rossi(Set.of(), Set.of());
        accountDetails.edit(new EditAccountDetailsCommand(anna.id(), id, 0, Set.of(), Map.of(revenue.id(), "5")));
        assertThatThrownBy(() -> accountDetails.edit(new EditAccountDetailsCommand(paola.id(), id, 1, Set.of(vip.id()), Map.of())))
                .isInstanceOf(NotAllowedException.class);
        assertThat(fieldHistory.history(paola.id(), id, revenue.id())).hasSize(1);
        staff.grantRights(paola.id(), Set.of());
        assertThat(fieldHistory.history(paola.id(), id, revenue.id())).isEmpty();
    }

    @Test
    void A5_A7_a_contacts_tags_and_values_are_edited_from_a_linked_account_from_the_contacts_version() {
        AccountId id = rossi(Set.of(), Set.of());
        Contact mario = contacts.find(account(id).links().getFirst().contactId()).orElseThrow();

        contactDetails.edit(new EditContactDetailsCommand(anna.id(), id, mario.id(), mario.version(), Set.of(signer.id()),
                Map.of(birthday.id(), "1970-05-01")));

        Contact saved = contacts.find(mario.id()).orElseThrow();
        assertThat(saved.tags()).containsExactly(signer.id());
        assertThat(saved.customValues()).isEqualTo(Map.of(birthday.id(), "1970-05-01"));
        assertThatThrownBy(() -> contactDetails.edit(new EditContactDetailsCommand(anna.id(), id, mario.id(), mario.version(), Set.of(), Map.of())))
                .isInstanceOf(StaleRecordException.class);
        assertThatThrownBy(() -> contactDetails.edit(new EditContactDetailsCommand(anna.id(), id, mario.id(), saved.version(), Set.of(),
                Map.of(birthday.id(), "May 1st"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.arguments()).containsExactly("Birthday"));
    }

    @Test
    void F2_a_contact_is_edited_only_through_an_account_it_is_linked_to() {
        AccountId id = rossi(Set.of(), Set.of());
        Contact lucia = AccountFixtures.contact(contacts, anna.id(), "Lucia", "Bianchi");
        assertThatThrownBy(() -> contactDetails.edit(new EditContactDetailsCommand(anna.id(), id, lucia.id(), lucia.version(), Set.of(signer.id()),
                Map.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("account.contact-not-linked"));
    }
}
