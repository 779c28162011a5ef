package io.portico.application.account.port;

import io.portico.domain.shared.InvalidInputException;
import java.util.List;
import java.util.Objects;

/**
 * Issue 12, item 9: how a staff member left Clients → Accounts — the columns shown, in their order (the name
 * always among them), and the sort.
 */
public record AccountListLayout(List<AccountColumn> columns, AccountColumn sortBy, boolean descending) {

    /** Every column in the list's own order, by name ascending: what a member sees before they change anything. */
    public static final AccountListLayout DEFAULT = new AccountListLayout(List.of(AccountColumn.values()), AccountColumn.NAME, false);

    public AccountListLayout {
        Objects.requireNonNull(sortBy, "sortBy");
        columns = List.copyOf(columns);
        if (!columns.contains(AccountColumn.NAME)) {
            throw new InvalidInputException("columns", "accounts.columns.name-required");
        }
        if (columns.stream().distinct().count() != columns.size()) {
            throw new InvalidInputException("columns", "accounts.columns.repeated");
        }
    }
}
