package io.portico.application.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.account.port.AccountColumn;
import io.portico.application.account.port.AccountListLayout;
import io.portico.application.staff.InMemoryStaff;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 12, item 9: Clients → Accounts remembers each member's columns and sort. */
class AccountListLayoutTest {

    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryContactsAndAccounts world = new InMemoryContactsAndAccounts(staff);
    private final AccountListLayoutService service = new AccountListLayoutService(new InMemoryAccountListLayouts(),
            new Viewers(staff, world.accounts(), world.accounts().archive()));

    /** The accounts the viewers look up, with contacts of their own. */
    private record InMemoryContactsAndAccounts(InMemoryAccounts accounts) {
        InMemoryContactsAndAccounts(InMemoryStaff staff) {
            this(new InMemoryAccounts(new io.portico.application.contact.InMemoryContacts(), staff));
        }
    }

    @Test
    void issue12_before_any_change_every_column_shows_sorted_by_name() {
        StaffMember anna = AccountFixtures.staff(staff, "Anna", "Bianchi", StaffRole.EMPLOYEE);

        assertThat(service.layout(anna.id())).isEqualTo(AccountListLayout.DEFAULT);
        assertThat(AccountListLayout.DEFAULT.columns()).containsExactly(AccountColumn.values());
        assertThat(AccountListLayout.DEFAULT.sortBy()).isEqualTo(AccountColumn.NAME);
        assertThat(AccountListLayout.DEFAULT.descending()).isFalse();
    }

    @Test
    void issue12_a_remembered_layout_is_the_members_own() {
        StaffMember anna = AccountFixtures.staff(staff, "Anna", "Bianchi", StaffRole.EMPLOYEE);
        StaffMember marco = AccountFixtures.staff(staff, "Marco", "Verdi", StaffRole.EMPLOYEE);
        var layout = new AccountListLayout(List.of(AccountColumn.TEAM, AccountColumn.NAME), AccountColumn.TEAM, true);

        service.remember(anna.id(), layout);

        assertThat(service.layout(anna.id())).isEqualTo(layout);
        assertThat(service.layout(marco.id())).isEqualTo(AccountListLayout.DEFAULT);
    }

    @Test
    void issue12_only_an_active_member_has_a_layout_remembered() {
        assertThatThrownBy(() -> service.remember(StaffId.random(), AccountListLayout.DEFAULT)).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void issue12_the_name_is_always_shown_and_no_column_twice() {
        assertThatThrownBy(() -> new AccountListLayout(List.of(AccountColumn.TEAM), AccountColumn.NAME, false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("accounts.columns.name-required"));
        assertThatThrownBy(() -> new AccountListLayout(List.of(AccountColumn.NAME, AccountColumn.TAGS, AccountColumn.TAGS), AccountColumn.NAME, false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("accounts.columns.repeated"));
        assertThat(new AccountListLayout(List.of(AccountColumn.NAME), AccountColumn.LOGIN, true).columns()).containsExactly(AccountColumn.NAME);
    }

    @Test
    void issue12_a_request_sorted_by_a_column_starts_from_the_first_page_and_keeps_its_filters_and_sort() {
        var tag = io.portico.domain.tag.TagId.random();
        var last = new io.portico.application.account.port.AccountRow(io.portico.domain.account.AccountId.random(), "Rossi",
                io.portico.domain.account.AccountType.INDIVIDUAL, List.of(), false, false, false);
        var request = io.portico.application.account.port.AccountListRequest.firstPage(java.util.Optional.empty(), 10)
                .withTag(java.util.Optional.of(tag)).after(last).sortedBy(AccountColumn.TEAM, true);

        assertThat(request.sortBy()).isEqualTo(AccountColumn.TEAM);
        assertThat(request.descending()).isTrue();
        assertThat(request.afterName()).isEmpty();
        assertThat(request.afterId()).isEmpty();
        assertThat(request.tag()).contains(tag);
        assertThat(request.after(last).sortBy()).isEqualTo(AccountColumn.TEAM);
        assertThat(request.withPortalStatus(java.util.Optional.empty()).sortBy()).isEqualTo(AccountColumn.TEAM);
        assertThat(request.withTag(java.util.Optional.empty()).sortBy()).isEqualTo(AccountColumn.TEAM);
        StaffId member = StaffId.random();
        assertThat(request.visibleTo(java.util.Optional.of(member))).satisfies(visible -> {
            assertThat(visible.visibleTo()).contains(member);
            assertThat(visible.sortBy()).isEqualTo(AccountColumn.TEAM);
            assertThat(visible.tag()).contains(tag);
        });
        assertThat(new io.portico.application.account.port.AccountListRequest(java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), false, java.util.Optional.empty(), java.util.Optional.empty(), 10,
                java.util.Optional.empty(), null).sortBy()).isEqualTo(AccountColumn.NAME);
    }
}
