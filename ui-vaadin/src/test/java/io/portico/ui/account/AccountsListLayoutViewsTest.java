package io.portico.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.SortDirection;
import io.portico.application.account.AccountFixtures;
import io.portico.application.account.port.AccountColumn;
import io.portico.application.account.port.AccountListLayout;
import io.portico.application.account.port.AccountRow;
import io.portico.application.account.port.in.RememberAccountListLayoutUseCase;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.ContactLink;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.staff.StaffId;
import io.portico.ui.support.StaffViewTest;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 12, item 9: Clients → Accounts sorts by every column and remembers each member's columns and sort. */
class AccountsListLayoutViewsTest extends StaffViewTest {

    @Autowired
    AccountPort accounts;
    @Autowired
    ContactPort contacts;
    @Autowired
    RememberAccountListLayoutUseCase remember;

    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private StaffId owner;

    @BeforeEach
    void someAccounts() {
        owner = new StaffId(signInAsOwner().id());
        for (int i = 0; i < 3; i++) {
            String email = "sort" + i + "." + run + "@rossi.it";
            var contact = AccountFixtures.contact(contacts, owner, "Sort" + i, run, email);
            var link = ContactLink.of(contact, "", List.of(new EmailAccess(new EmailAddress(email), i == 0, i == 1, i == 2)));
            accounts.add(AccountFixtures.individual("Sort " + i + " " + run, Set.of(owner), link), owner, Instant.now());
        }
    }

    /** The layout is the owner's in a database the other view tests share: they find the list as it always was. */
    @AfterEach
    void defaultLayout() {
        remember.remember(owner, AccountListLayout.DEFAULT);
    }

    private List<AccountRow> rows(AccountsView list) {
        var rows = test(list.grid);
        return IntStream.range(0, Math.min(60, rows.size())).mapToObj(rows::getRow).toList();
    }

    private static <T extends Comparable<T>> void assertSorted(List<AccountRow> rows, Function<AccountRow, T> key, boolean descending) {
        Comparator<AccountRow> order = Comparator.comparing(key);
        assertThat(rows).isSortedAccordingTo(descending ? order.reversed() : order);
    }

    private static String first(List<String> values) {
        return values.stream().map(v -> v.toLowerCase(Locale.ROOT)).sorted().findFirst().orElse("");
    }

    @Test
    void issue12_E1_every_column_sorts_the_list_both_ways() {
        AccountsView list = navigate(AccountsView.class);
        for (boolean descending : List.of(false, true)) {
            SortDirection direction = descending ? SortDirection.DESCENDING : SortDirection.ASCENDING;
            test(list.grid).sortByColumn("type", direction);
            assertSorted(rows(list), row -> row.type().name(), descending);
            test(list.grid).sortByColumn("team", direction);
            assertSorted(rows(list), row -> first(row.teamMembers()), descending);
            test(list.grid).sortByColumn("tags", direction);
            assertSorted(rows(list), row -> first(row.tags().stream().map(t -> t.name()).toList()), descending);
            test(list.grid).sortByColumn("login", direction);
            assertSorted(rows(list), row -> !row.login(), descending);
            test(list.grid).sortByColumn("notify", direction);
            assertSorted(rows(list), row -> !row.notifications(), descending);
            test(list.grid).sortByColumn("sync", direction);
            assertSorted(rows(list), row -> !row.emailSync(), descending);
            test(list.grid).sortByColumn("name", direction);
            assertSorted(rows(list), row -> row.name().toLowerCase(Locale.ROOT), descending);
        }
    }

    @Test
    void issue12_the_sort_and_the_columns_shown_are_remembered_for_the_next_visit() {
        AccountsView list = navigate(AccountsView.class);
        test(list.grid).sortByColumn("notify", SortDirection.DESCENDING);
        // the Team item unchecked, as a click on it does
        var team = list.columnsMenu.getItems().stream().filter(item -> "Team".equals(item.getText())).findFirst().orElseThrow();
        team.setChecked(false);
        com.vaadin.flow.component.ComponentUtil.fireEvent(team, new com.vaadin.flow.component.ClickEvent<>(team));

        AccountsView again = navigate(AccountsView.class);

        assertThat(test(again.grid).getSortDirection("notify")).isEqualTo(SortDirection.DESCENDING);
        assertThat(again.grid.getColumnByKey("team").isVisible()).isFalse();
        assertThat(again.grid.getColumnByKey("tags").isVisible()).isTrue();
        assertSorted(rows(again), row -> !row.notifications(), true);
    }

    @Test
    void issue12_the_columns_come_back_in_the_order_the_member_left_them() {
        remember.remember(owner, new AccountListLayout(List.of(AccountColumn.LOGIN, AccountColumn.NAME, AccountColumn.TAGS),
                AccountColumn.LOGIN, false));

        AccountsView list = navigate(AccountsView.class);

        assertThat(list.grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey))
                .containsExactly("login", "name", "tags");
        assertSorted(rows(list), row -> !row.login(), false);
    }
}
