package io.portico.application.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.account.port.in.AccountProfile;
import io.portico.application.account.port.in.ContactEntry;
import io.portico.application.account.port.in.CreateAccountCommand;
import io.portico.application.account.port.in.EditLinkCommand;
import io.portico.application.audit.InMemoryAccessAudit;
import io.portico.domain.account.access.HistoryEntry;
import io.portico.domain.account.access.HistoryType;
import io.portico.application.contact.InMemoryContacts;
import io.portico.application.shared.DirectTransactions;
import io.portico.application.shared.MutableClock;
import io.portico.application.staff.InMemoryStaff;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.AccountType;
import io.portico.domain.account.ContactLink;
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

/** F5: a linked contact's description, signer priority and signer authority on one account. */
class EditLinkTest {

    private final MutableClock clock = new MutableClock(AccountFixtures.NOW);
    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryContacts contacts = new InMemoryContacts();
    private final InMemoryAccounts accounts = new InMemoryAccounts(contacts, staff);
    private final InMemoryAccessAudit auditLog = new InMemoryAccessAudit();
    private final Viewers viewers = new Viewers(staff, accounts, accounts.archive());
    private final io.portico.application.access.AccessReactions reactions = io.portico.application.access.TestReactions.of(staff, contacts,
            accounts, auditLog, clock);
    private final CreateAccountService create = new CreateAccountService(accounts,
            new NewAccountParts(contacts, new ContactsService(contacts, accounts, accounts, viewers), new io.portico.application.customfield.InMemoryCustomFields(), accounts, new io.portico.application.staff.DefaultAccountAccess(staff)), viewers, reactions,
            new DirectTransactions(), clock);
    private final AccountProfileService profiles = new AccountProfileService(viewers, contacts, auditLog, staff);
    private final EditLinkService links = new EditLinkService(accounts, viewers, reactions, new DirectTransactions(), clock);

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

    private AccountProfile profile() {
        return profiles.profile(anna.id(), id).orElseThrow();
    }

    private ContactLink link() {
        return profile().account().links().getFirst();
    }

    @Test
    void F5_edit_description_and_signer_priority_are_saved_on_this_account_only() {
        links.edit(new EditLinkCommand(anna.id(), id, profile().account().version(), lucia.id(), "  legal representative ", 3, true));

        assertThat(link().description()).isEqualTo("legal representative");
        assertThat(link().signerPriority()).isEqualTo(3);
        assertThat(link().signerAuthority()).isTrue();
        assertThat(profile().accessHistory()).extracting(HistoryEntry::type).doesNotContain(HistoryType.SIGNER_AUTHORITY);
    }

    @Test
    void F5_disable_signer_authority_is_saved_and_audited_and_can_be_enabled_again() {
        links.edit(new EditLinkCommand(anna.id(), id, profile().account().version(), lucia.id(), "owner", 0, false));

        assertThat(link().signerAuthority()).isFalse();
        assertThat(profile().accessHistory().getFirst()).satisfies(change -> {
            assertThat(change.type()).isEqualTo(HistoryType.SIGNER_AUTHORITY);
            assertThat(change.subject()).isEqualTo("Lucia Rossi");
            assertThat(change.oldValue()).isEqualTo("on");
            assertThat(change.newValue()).isEqualTo("off");
            assertThat(change.by().staff()).contains(anna.id());
        });

        links.edit(new EditLinkCommand(anna.id(), id, profile().account().version(), lucia.id(), "owner", 0, true));
        assertThat(link().signerAuthority()).isTrue();
        assertThat(profile().accessHistory().getFirst().newValue()).isEqualTo("on");
    }

    @Test
    void F5_signer_priority_outside_0_to_99_is_refused_and_nothing_changes() {
        long version = profile().account().version();
        assertThatThrownBy(() -> links.edit(new EditLinkCommand(anna.id(), id, version, lucia.id(), "owner", 100, true)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("signerPriority"));
        assertThat(link().signerPriority()).isZero();
        assertThat(profile().account().version()).isEqualTo(version);
    }

    @Test
    void no_lost_updates_a_link_edit_from_an_old_version_is_refused_naming_who_saved() {
        long version = profile().account().version();
        clock.advance(Duration.ofMinutes(1));
        links.edit(new EditLinkCommand(anna.id(), id, version, lucia.id(), "first", 1, true));

        assertThatThrownBy(() -> links.edit(new EditLinkCommand(anna.id(), id, version, lucia.id(), "second", 2, true)))
                .isInstanceOfSatisfying(StaleRecordException.class, e -> assertThat(e.changedBy()).isEqualTo("Anna Bianchi"));
        assertThat(link().description()).isEqualTo("first");
    }

    @Test
    void F2_an_employee_who_may_only_view_cannot_edit_a_link() {
        staff.grantRights(paola.id(), Set.of(StaffRight.VIEW_ALL_ACCOUNTS));
        long version = profile().account().version();
        assertThatThrownBy(() -> links.edit(new EditLinkCommand(paola.id(), id, version, lucia.id(), "x", 0, false)))
                .isInstanceOf(NotAllowedException.class);
        assertThat(link().signerAuthority()).isTrue();
    }

    @Test
    void F5_only_the_chosen_contacts_link_changes_and_a_contact_not_linked_is_refused() {
        Contact mario = AccountFixtures.contact(contacts, anna.id(), "Mario", "Rossi", "mario@rossi.it");
        AccountId both = create.create(new CreateAccountCommand(anna.id(), AccountType.INDIVIDUAL, Optional.empty(), Optional.empty(),
                PostalAddress.NONE, Set.of(), List.of(new ContactEntry.LinkExisting(lucia.id(), "owner", List.of()),
                        new ContactEntry.LinkExisting(mario.id(), "son", List.of()))));

        links.edit(new EditLinkCommand(anna.id(), both, profiles.profile(anna.id(), both).orElseThrow().account().version(), mario.id(),
                "heir", 1, true));

        assertThat(profiles.profile(anna.id(), both).orElseThrow().account().links()).extracting(ContactLink::description)
                .containsExactly("owner", "heir");
        assertThatThrownBy(() -> links.edit(new EditLinkCommand(anna.id(), id, profile().account().version(), mario.id(), "x", 0, true)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("account.contact-not-linked"));
    }
}
