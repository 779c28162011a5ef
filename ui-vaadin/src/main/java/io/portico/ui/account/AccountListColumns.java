package io.portico.ui.account;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import io.portico.application.account.port.AccountColumn;
import io.portico.application.account.port.AccountListLayout;
import io.portico.application.account.port.AccountRow;
import io.portico.application.account.port.in.AccountListLayoutQuery;
import io.portico.application.account.port.in.RememberAccountListLayoutUseCase;
import io.portico.domain.staff.StaffId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Issue 12, item 9: the columns of Clients → Accounts as each member left them — shown or hidden, their order
 * and the sort — put back on the grid on the next visit, and remembered on each change.
 */
@org.springframework.stereotype.Component
class AccountListColumns {

    /** The grid's column keys, and the column each is. */
    static final Map<String, AccountColumn> KEYS = Map.of("name", AccountColumn.NAME, "type", AccountColumn.TYPE,
            "team", AccountColumn.TEAM, "tags", AccountColumn.TAGS, "login", AccountColumn.LOGIN, "notify", AccountColumn.NOTIFY,
            "sync", AccountColumn.EMAIL_SYNC);

    private final AccountListLayoutQuery layouts;
    private final RememberAccountListLayoutUseCase remember;

    AccountListColumns(AccountListLayoutQuery layouts, RememberAccountListLayoutUseCase remember) {
        this.layouts = layouts;
        this.remember = remember;
    }

    /** The member's layout put on the grid: their columns in their order, the others hidden after them, and the sort shown. */
    AccountListLayout restore(Grid<AccountRow> grid, StaffId viewer) {
        AccountListLayout layout = layouts.layout(viewer);
        List<Grid.Column<AccountRow>> shown = layout.columns().stream().map(column -> column(grid, column)).toList();
        List<Grid.Column<AccountRow>> order = new ArrayList<>(shown);
        grid.getColumns().stream().filter(column -> !shown.contains(column)).forEach(order::add);
        grid.setColumnOrder(order);
        // a column of the grid that is none of the list's own (another feature's) keeps its own visibility
        grid.getColumns().stream().filter(column -> of(column) != null).forEach(column -> column.setVisible(shown.contains(column)));
        grid.sort(List.of(new GridSortOrder<>(column(grid, layout.sortBy()),
                layout.descending() ? SortDirection.DESCENDING : SortDirection.ASCENDING)));
        return layout;
    }

    /** What the grid shows now, kept for the member's next visit. */
    void remember(Grid<AccountRow> grid, StaffId viewer, AccountColumn sortBy, boolean descending) {
        remember.remember(viewer, new AccountListLayout(shownColumns(grid).toList(), sortBy, descending));
    }

    /** The list's column, null for a column another feature added to the grid. */
    static AccountColumn of(Grid.Column<AccountRow> column) {
        return KEYS.get(column.getKey());
    }

    /** The visible columns in their order on screen (a column reordered by dragging moves in this list). */
    private static Stream<AccountColumn> shownColumns(Grid<AccountRow> grid) {
        return grid.getColumns().stream().filter(Grid.Column::isVisible).map(AccountListColumns::of).filter(Objects::nonNull);
    }

    private static Grid.Column<AccountRow> column(Grid<AccountRow> grid, AccountColumn wanted) {
        return grid.getColumns().stream().filter(column -> of(column) == wanted).findFirst().orElseThrow();
    }
}
