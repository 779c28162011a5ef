package io.portico.application.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.account.port.in.AccountProfile;
import io.portico.application.account.port.in.ContactEntry;
import io.portico.application.account.port.in.CreateAccountCommand;
import io.portico.application.account.port.in.EditAccountCommand;
import io.portico.application.audit.InMemoryAccessAudit;
import io.portico.application.contact.InMemoryContacts;
import io.portico.application.shared.DirectTransactions;
import io.portico.application.shared.MutableClock;
import io.portico.application.staff.InMemoryStaff;
import io.portico.domain.account.Account;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.AccountName;
import io.portico.domain.account.AccountType;
import io.portico.domain.account.CompanyName;
import io.portico.domain.contact.Contact;
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

/** F4: Edit of an account's type, name, company name and company address. */
class EditAccountTest {

    private final MutableClock clock = new MutableClock(AccountFixtures.NOW);
    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryContacts contacts = new InMemoryContacts();
    private final InMemoryAccounts accounts = new InMemoryAccounts(contacts, staff);
    private final InMemoryAccessAudit auditLog = new InMemoryAccessAudit();
    private final Viewers viewers = new Viewers(staff, accounts, accounts.archive());
    private final CreateAccountService create = new CreateAccountService(accounts,
            new NewAccountParts(contacts, new ContactsService(contacts, accounts, accounts, viewers), new io.portico.application.customfield.InMemoryCustomFields(), accounts, new io.portico.application.staff.DefaultAccountAccess(staff)), viewers,
            io.portico.application.access.TestReactions.of(staff, contacts, accounts, auditLog, clock), new DirectTransactions(), clock);
    private final AccountProfileService profiles = new AccountProfileService(viewers, contacts, auditLog, staff);
    private final EditAccountService edit = new EditAccountService(accounts, viewers, new DirectTransactions(), clock);

    private StaffMember anna;
    private StaffMember paola;
    private Contact lucia;
    private AccountId id;

    @BeforeEach
    void firm() {
        anna = AccountFixtures.staff(staff, "Anna", "Bianchi", StaffRole.OWNER);
        paola = AccountFixtures.staff(staff, "Paola", "Neri", StaffRole.EMPLOYEE);
        lucia = AccountFixtures.contact(contacts, anna.id(), "Lucia", "Rossi", "lucia@rossi.it");
        id = create.create(new CreateAccountCommand(anna.id(), AccountType.INDIVIDUAL, Optional.empty(), Optional.empty(),
                PostalAddress.NONE, Set.of(), List.of(new ContactEntry.LinkExisting(lucia.id(), "owner", List.of()))));
    }

    private Account account() {
        return profiles.profile(anna.id(), id).map(AccountProfile::account).orElseThrow();
    }

    private static final PostalAddress MILANO = new PostalAddress("Via Roma 1", "20100", "Milano", "", "IT");

    @Test
    void F4_edit_turns_an_individual_into_a_company_with_its_name_and_address() {
        edit.edit(new EditAccountCommand(anna.id(), id, account().version(), AccountType.COMPANY, new AccountName("Rossi Srl"),
                Optional.of(new CompanyName("Rossi S.r.l")), MILANO));

        Account after = account();
        assertThat(after.type()).isEqualTo(AccountType.COMPANY);
        assertThat(after.name().value()).isEqualTo("Rossi Srl");
        assertThat(after.companyName()).contains(new CompanyName("Rossi S.r.l"));
        assertThat(after.companyAddress()).isEqualTo(MILANO);
        assertThat(after.links()).as("the contacts stay").hasSize(1);
    }

    @Test
    void F4_a_company_turned_individual_drops_its_company_name_and_address() {
        edit.edit(new EditAccountCommand(anna.id(), id, account().version(), AccountType.COMPANY, new AccountName("Rossi Srl"),
                Optional.of(new CompanyName("Rossi Srl")), MILANO));
        edit.edit(new EditAccountCommand(anna.id(), id, account().version(), AccountType.INDIVIDUAL, new AccountName("Lucia Rossi"),
                Optional.of(new CompanyName("Rossi Srl")), MILANO));

        assertThat(account().companyName()).isEmpty();
        assertThat(account().companyAddress()).isEqualTo(PostalAddress.NONE);
    }

    @Test
    void A4_the_name_is_required_on_edit_and_checked_like_a_folder_name() {
        assertThatThrownBy(() -> new AccountName(" "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("input.required"));
        assertThatThrownBy(() -> new AccountName("Rossi?"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("name.forbidden-character"));
    }

    @Test
    void F4_a_company_without_company_name_is_refused_and_nothing_changes() {
        long version = account().version();
        assertThatThrownBy(() -> edit.edit(new EditAccountCommand(anna.id(), id, version, AccountType.COMPANY,
                new AccountName("Rossi Srl"), Optional.empty(), MILANO)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("companyName"));
        assertThat(account().type()).isEqualTo(AccountType.INDIVIDUAL);
        assertThat(account().version()).isEqualTo(version);
    }

    @Test
    void no_lost_updates_an_edit_from_an_old_version_is_refused_naming_who_saved() {
        long version = account().version();
        clock.advance(Duration.ofMinutes(1));
        edit.edit(new EditAccountCommand(anna.id(), id, version, AccountType.OTHER, new AccountName("First"), Optional.empty(), null));

        assertThatThrownBy(() -> edit.edit(new EditAccountCommand(anna.id(), id, version, AccountType.OTHER, new AccountName("Second"),
                Optional.empty(), null)))
                .isInstanceOfSatisfying(StaleRecordException.class, e -> assertThat(e.changedBy()).isEqualTo("Anna Bianchi"));
        assertThat(account().name().value()).isEqualTo("First");
    }

    @Test
    void F2_an_employee_who_may_only_view_cannot_edit_the_account() {
        staff.grantRights(paola.id(), Set.of(StaffRight.VIEW_ALL_ACCOUNTS));
        long version = account().version();
        assertThatThrownBy(() -> edit.edit(new EditAccountCommand(paola.id(), id, version, AccountType.OTHER, new AccountName("X"),
                Optional.empty(), null))).isInstanceOf(NotAllowedException.class);
        assertThat(account().name().value()).isEqualTo("Lucia Rossi");
    }
}
