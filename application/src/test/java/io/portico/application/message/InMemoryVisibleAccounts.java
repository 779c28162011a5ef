package io.portico.application.message;

import io.portico.application.account.port.out.AccountArchivePort;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.message.port.out.VisibleAccountsPort;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.AccountVisibility;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/** F2 over the accounts in memory, one by one: the database asks once. */
public final class InMemoryVisibleAccounts implements VisibleAccountsPort {

    private final AccountPort accounts;
    private final AccountArchivePort archive;

    public InMemoryVisibleAccounts(AccountPort accounts, AccountArchivePort archive) {
        this.accounts = accounts;
        this.archive = archive;
    }

    @Override
    public Set<AccountId> visible(AccountVisibility viewer, Collection<AccountId> ids) {
        return ids.stream().filter(id -> archive.archivedAt(id).isEmpty()).flatMap(id -> accounts.find(id).stream()).filter(viewer::canView)
                .map(account -> account.id())
                .collect(Collectors.toSet());
    }
}
