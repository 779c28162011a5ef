package io.portico.application.account;

import static io.portico.application.account.AccountFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.account.port.AccountFigures;
import io.portico.application.account.port.PortalStatus;
import io.portico.application.contact.InMemoryContacts;
import io.portico.application.staff.InMemoryStaff;
import io.portico.domain.account.AccountType;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffRight;
import io.portico.domain.staff.StaffRole;
import io.portico.application.shared.MutableClock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Item 11: the dashboard's figures cover what the viewer may see (F2). */
class AccountFiguresServiceTest {

    private static final Duration FRESH = Duration.ofSeconds(30);

    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryContacts contacts = new InMemoryContacts();
    private final InMemoryAccounts accounts = new InMemoryAccounts(contacts, staff);
    private final MutableClock clock = MutableClock.startingAt("2026-04-01T09:00:00Z");
    private final AccountFiguresService service = new AccountFiguresService(accounts, new Viewers(staff, accounts, accounts.archive()), FRESH, clock);
    private final StaffId owner = AccountFixtures.staff(staff, "Anna", "Bianchi", StaffRole.OWNER).id();
    private final StaffId marco = AccountFixtures.staff(staff, "Marco", "Verdi", StaffRole.EMPLOYEE).id();

    private void account(AccountType type, Set<StaffId> team) {
        var contact = AccountFixtures.contact(contacts, owner, "Ada", "Neri");
        var account = type == AccountType.COMPANY ? AccountFixtures.company("Neri", team, AccountFixtures.plain(contact))
                : AccountFixtures.individual("Neri", team, AccountFixtures.plain(contact));
        accounts.add(account, owner, NOW);
    }

    @Test
    void issue12_11_F2_owners_count_every_account_and_members_the_accounts_of_their_teams() {
        account(AccountType.INDIVIDUAL, Set.of(owner));
        account(AccountType.COMPANY, Set.of(marco));

        assertThat(service.figures(owner).byType()).containsEntry(AccountType.INDIVIDUAL, 1L).containsEntry(AccountType.COMPANY, 1L);
        assertThat(service.figures(marco).byType()).containsEntry(AccountType.INDIVIDUAL, 0L).containsEntry(AccountType.COMPANY, 1L);
        assertThat(service.figures(marco).byPortalStatus()).containsEntry(PortalStatus.NO_ACCESS, 1L);
    }

    @Test
    void issue12_11_F2_a_member_who_may_view_all_accounts_counts_them_all() {
        account(AccountType.INDIVIDUAL, Set.of(owner));
        staff.grantRights(marco, Set.of(StaffRight.VIEW_ALL_ACCOUNTS));

        assertThat(service.figures(marco).total()).isEqualTo(1);
    }

    @Test
    void issue12_11_figures_are_counted_again_once_they_are_older_than_the_freshness_window() {
        account(AccountType.INDIVIDUAL, Set.of(owner));
        assertThat(service.figures(owner).total()).isEqualTo(1);
        account(AccountType.INDIVIDUAL, Set.of(owner));

        clock.advance(FRESH.minusSeconds(1));
        assertThat(service.figures(owner).total()).as("still fresh").isEqualTo(1);
        assertThat(service.figures(marco).total()).as("another scope is counted apart").isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(service.figures(owner).total()).isEqualTo(2);
    }

    @Test
    void issue12_11_someone_not_on_the_staff_gets_no_figures() {
        assertThatThrownBy(() -> service.figures(new StaffId(UUID.randomUUID()))).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void issue12_11_figures_name_every_type_and_status_and_refuse_negative_counts() {
        var figures = new AccountFigures(Map.of(AccountType.COMPANY, 2L), Map.of());

        assertThat(figures.byType()).containsOnlyKeys(AccountType.values()).containsEntry(AccountType.INDIVIDUAL, 0L);
        assertThat(figures.byPortalStatus()).containsOnlyKeys(PortalStatus.values());
        assertThat(figures.total()).isEqualTo(2);
        assertThat(new AccountFigures(Map.of(AccountType.OTHER, 0L), Map.of()).total()).isZero();
        assertThatThrownBy(() -> new AccountFigures(Map.of(AccountType.OTHER, -1L), Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AccountFigures(Map.of(), Map.of(PortalStatus.ACTIVE, -1L))).isInstanceOf(IllegalArgumentException.class);
    }
}
