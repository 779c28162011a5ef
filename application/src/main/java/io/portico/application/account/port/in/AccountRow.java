package io.portico.application.account.port.in;

import io.portico.domain.account.AccountId;
import io.portico.domain.account.AccountType;
import java.util.List;

/**
 * One line of Clients → Accounts (E1). {@code login} is on when at least one address can log in
 * or is pending activation; {@code notifications} (NOTIFY) and {@code emailSync} when on for at least one address.
 */
public record AccountRow(AccountId id, String name, AccountType type, List<String> teamMembers,
                         boolean login, boolean notifications, boolean emailSync) {

    public AccountRow {
        teamMembers = List.copyOf(teamMembers);
    }
}
