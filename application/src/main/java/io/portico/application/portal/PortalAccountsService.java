package io.portico.application.portal;

import io.portico.domain.portal.PortalAccount;
import io.portico.application.portal.port.in.PortalAccountsQuery;
import io.portico.application.portal.port.out.PortalAccessPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.domain.account.AccountId;
import io.portico.domain.portal.PortalUserId;
import java.util.List;
import java.util.Optional;

/** B6, B7: a portal user reaches the accounts where its address has LOGIN on at this moment. */
public final class PortalAccountsService implements PortalAccountsQuery {

    private final PortalUserPort users;
    private final PortalAccessPort access;

    public PortalAccountsService(PortalUserPort users, PortalAccessPort access) {
        this.users = users;
        this.access = access;
    }

    @Override
    public List<PortalAccount> accounts(PortalUserId user) {
        return users.findById(user).map(found -> access.loginAccounts(found.email())).orElse(List.of());
    }

    @Override
    public Optional<PortalAccount> account(PortalUserId user, AccountId account) {
        return accounts(user).stream().filter(reached -> reached.id().equals(account)).findFirst();
    }
}
