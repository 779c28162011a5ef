package io.portico.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.domain.access.EmailAccess;
import io.portico.domain.contact.Contact;
import io.portico.domain.contact.ContactEmails;
import io.portico.domain.contact.ContactId;
import io.portico.domain.contact.ContactName;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.PostalAddress;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffRight;
import io.portico.domain.staff.StaffRole;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountTest {

    private final Contact mario = Contact.create(new ContactName("Mario", "Rossi"),
            new ContactEmails(List.of(new EmailAddress("mario@rossi.it"), new EmailAddress("m.rossi@gmail.com"))), "", PostalAddress.NONE);
    private final Contact lucia = Contact.create(new ContactName("Lucia", "Rossi"), ContactEmails.NONE, "", PostalAddress.NONE);
    private final StaffId anna = StaffId.random();

    private Account account(ContactLink... links) {
        return new Account(AccountId.random(), AccountType.INDIVIDUAL, new AccountName("Rossi family"), Optional.empty(),
                PostalAddress.NONE, Set.of(anna), List.of(links), 0);
    }

    @Test
    void A3_a_blank_name_is_the_first_contacts_name_or_the_company_name() {
        assertThat(AccountNaming.nameFor(AccountType.INDIVIDUAL, Optional.empty(), Optional.empty(), mario.name()).value()).isEqualTo("Mario Rossi");
        assertThat(AccountNaming.nameFor(AccountType.OTHER, Optional.empty(), Optional.empty(), mario.name()).value()).isEqualTo("Mario Rossi");
        assertThat(AccountNaming.nameFor(AccountType.COMPANY, Optional.empty(), Optional.of(new CompanyName("Rossi Srl")), mario.name()).value())
                .isEqualTo("Rossi Srl");
        assertThat(AccountNaming.nameFor(AccountType.COMPANY, Optional.of(new AccountName("Rossi")), Optional.of(new CompanyName("Rossi Srl")), mario.name()).value())
                .isEqualTo("Rossi");
    }

    @Test
    void A2_a_company_account_needs_a_company_name() {
        assertThatThrownBy(() -> new Account(AccountId.random(), AccountType.COMPANY, new AccountName("X"), Optional.empty(),
                PostalAddress.NONE, Set.of(), List.of(ContactLink.of(mario, "", List.of())), 0))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("companyName"));
    }

    @Test
    void A8_an_account_needs_at_least_one_contact() {
        assertThatThrownBy(this::account)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("account.needs-contact"));
    }

    @Test
    void A8_every_address_of_a_new_link_gets_the_toggles_asked_for_and_none_otherwise() {
        var link = ContactLink.of(mario, "CEO", List.of(new EmailAccess(new EmailAddress("M.Rossi@GMAIL.com"), true, true, false)));
        assertThat(link.access()).containsExactly(
                EmailAccess.none(new EmailAddress("mario@rossi.it")),
                new EmailAccess(new EmailAddress("m.rossi@gmail.com"), true, true, false));
    }

    @Test
    void A9_a_contact_without_an_email_has_no_address_to_give_login_to() {
        assertThat(ContactLink.of(lucia, "", List.of()).access()).isEmpty();
        assertThatThrownBy(() -> ContactLink.of(lucia, "", List.of(new EmailAccess(new EmailAddress("lucia@rossi.it"), true, false, false))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("access.unknown-address"));
    }

    @Test
    void F5_any_contact_but_the_last_can_be_unlinked() {
        Account both = account(ContactLink.of(mario, "", List.of()), ContactLink.of(lucia, "", List.of()));
        Account onlyLucia = both.unlink(mario.id());
        assertThat(onlyLucia.links()).extracting(ContactLink::contactId).containsExactly(lucia.id());
        assertThatThrownBy(() -> onlyLucia.unlink(lucia.id()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("account.last-contact"));
    }

    @Test
    void F2_owners_and_admins_see_and_edit_every_account() {
        Account rossi = account(ContactLink.of(mario, "", List.of()));
        for (StaffRole role : List.of(StaffRole.OWNER, StaffRole.ADMIN)) {
            var visibility = new AccountVisibility(StaffId.random(), role, Set.of());
            assertThat(visibility.canView(rossi)).isTrue();
            assertThat(visibility.canEdit(rossi)).isTrue();
        }
    }

    @Test
    void F2_an_employee_sees_only_their_team_accounts_unless_allowed_to_view_all() {
        Account rossi = account(ContactLink.of(mario, "", List.of()));
        var marco = StaffId.random();
        assertThat(new AccountVisibility(marco, StaffRole.EMPLOYEE, Set.of()).canView(rossi)).isFalse();
        assertThat(new AccountVisibility(marco, StaffRole.EMPLOYEE, Set.of(StaffRight.VIEW_ALL_ACCOUNTS)).canView(rossi)).isTrue();
        assertThat(new AccountVisibility(anna, StaffRole.EMPLOYEE, Set.of()).canView(rossi)).isTrue();
    }

    @Test
    void F2_creating_and_editing_needs_manage_accounts() {
        Account rossi = account(ContactLink.of(mario, "", List.of()));
        var member = new AccountVisibility(anna, StaffRole.EMPLOYEE, Set.of());
        assertThat(member.canCreate()).isFalse();
        assertThat(member.canEdit(rossi)).isFalse();
        var manager = new AccountVisibility(anna, StaffRole.EMPLOYEE, Set.of(StaffRight.MANAGE_ACCOUNTS));
        assertThat(manager.canEdit(rossi)).isTrue();
        var outsider = new AccountVisibility(StaffId.random(), StaffRole.EMPLOYEE, Set.of(StaffRight.MANAGE_ACCOUNTS));
        assertThat(outsider.canEdit(rossi)).isFalse();
    }

    @Test
    void A4_contact_names_follow_the_folder_rule() {
        assertThatThrownBy(() -> new ContactName("Mario", "Rossi?"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("lastName"));
    }

    @Test
    void an_address_appears_once_on_a_contact() {
        assertThatThrownBy(() -> new ContactEmails(List.of(new EmailAddress("a@x.it"), new EmailAddress("A@X.IT"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("email.repeated"));
    }

    @Test
    void F6_after_an_address_change_the_link_shows_the_new_address_off_and_forgets_the_removed_one() {
        var link = ContactLink.of(mario, "", List.of(new EmailAccess(new EmailAddress("mario@rossi.it"), true, true, false)));
        var changed = new Contact(mario.id(), mario.name(),
                new ContactEmails(List.of(new EmailAddress("new@rossi.it"), new EmailAddress("MARIO@rossi.it"))), "", PostalAddress.NONE, 1);
        assertThat(link.alignedWith(changed).access()).containsExactly(
                EmailAccess.none(new EmailAddress("new@rossi.it")),
                new EmailAccess(new EmailAddress("MARIO@rossi.it"), true, true, false));
    }

    @Test
    void changing_team_links_or_version_keeps_tags_and_custom_values() {
        var tag = io.portico.domain.tag.TagId.random();
        var field = io.portico.domain.customfield.CustomFieldId.random();
        Account tagged = account(ContactLink.of(mario, "", List.of()), ContactLink.of(lucia, "", List.of()))
                .withDetails(Set.of(tag), java.util.Map.of(field, "42"));
        for (Account changed : List.of(tagged.withTeam(Set.of()), tagged.withVersion(3), tagged.unlink(lucia.id()),
                tagged.withLinks(tagged.links()))) {
            assertThat(changed.tags()).containsExactly(tag);
            assertThat(changed.customValues()).containsEntry(field, "42");
        }
    }

    @Test
    void F5_a_contact_that_is_not_linked_cannot_be_unlinked() {
        Account both = account(ContactLink.of(mario, "", List.of()), ContactLink.of(lucia, "", List.of()));
        assertThatThrownBy(() -> both.unlink(ContactId.random()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("account.contact-not-linked"));
    }

    @Test
    void F4_an_account_that_stops_being_a_company_drops_its_company_name_and_address() {
        var office = new PostalAddress("Via Roma 1", "00100", "Roma", "", "IT");
        Account company = new Account(AccountId.random(), AccountType.COMPANY, new AccountName("Rossi"),
                Optional.of(new CompanyName("Rossi Srl")), office, Set.of(anna), List.of(ContactLink.of(mario, "", List.of())), 0);
        assertThat(company.companyAddress()).isEqualTo(office);

        Account person = company.withInfo(AccountType.INDIVIDUAL, new AccountName("Mario Rossi"), company.companyName(), office);

        assertThat(person.type()).isEqualTo(AccountType.INDIVIDUAL);
        assertThat(person.name()).isEqualTo(new AccountName("Mario Rossi"));
        assertThat(person.companyName()).isEmpty();
        assertThat(person.companyAddress()).isEqualTo(PostalAddress.NONE);
    }

    @Test
    void a_company_account_without_an_address_has_the_empty_one() {
        Account company = new Account(AccountId.random(), AccountType.COMPANY, new AccountName("Rossi"),
                Optional.of(new CompanyName("Rossi Srl")), null, Set.of(), List.of(ContactLink.of(mario, "", List.of())), 0);
        assertThat(company.companyAddress()).isEqualTo(PostalAddress.NONE);
    }

    @Test
    void a_links_description_is_trimmed_optional_and_at_most_200_characters() {
        assertThat(new ContactLink(mario.id(), null, 0, true, List.of()).description()).isEmpty();
        assertThat(new ContactLink(mario.id(), "  CEO ", 0, true, List.of()).description()).isEqualTo("CEO");
        assertThat(new ContactLink(mario.id(), "x".repeat(200), 0, true, List.of()).description()).hasSize(200);
        assertThatThrownBy(() -> new ContactLink(mario.id(), "x".repeat(201), 0, true, List.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("description");
                    assertThat(e.messageKey()).isEqualTo("input.too-long");
                });
    }

    @Test
    void a_signer_priority_runs_from_0_to_99() {
        assertThat(new ContactLink(mario.id(), "", 0, true, List.of()).signerPriority()).isZero();
        assertThat(new ContactLink(mario.id(), "", 99, true, List.of()).signerPriority()).isEqualTo(99);
        for (int outside : new int[] {-1, 100}) {
            assertThatThrownBy(() -> new ContactLink(mario.id(), "", outside, true, List.of()))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("signerPriority"));
        }
    }

    @Test
    void A3_a_company_without_a_typed_name_needs_its_company_name() {
        assertThatThrownBy(() -> AccountNaming.nameFor(AccountType.COMPANY, Optional.empty(), Optional.empty(), mario.name()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("companyName"));
    }
}
