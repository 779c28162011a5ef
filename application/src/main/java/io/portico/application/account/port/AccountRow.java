package io.portico.application.account.port;

import io.portico.domain.account.AccountId;
import io.portico.domain.account.AccountType;
import io.portico.domain.tag.Tag;
import java.util.List;

/**
 * One line of Clients → Accounts (E1). {@code login} is on when at least one address can log in
 * or is pending activation; {@code notifications} (NOTIFY) and {@code emailSync} when on for at least one address.
 * {@code tags} are the account's tags (A5), sorted by name.
 */
public record AccountRow(AccountId id, String name, AccountType type, List<String> teamMembers,
                         boolean login, boolean notifications, boolean emailSync, List<Tag> tags) {

    public AccountRow {
        teamMembers = List.copyOf(teamMembers);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** A row without tags. */
    public AccountRow(AccountId id, String name, AccountType type, List<String> teamMembers,
                      boolean login, boolean notifications, boolean emailSync) {
        this(id, name, type, teamMembers, login, notifications, emailSync, List.of());
    }
}
