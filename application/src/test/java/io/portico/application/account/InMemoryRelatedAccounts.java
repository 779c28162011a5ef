package io.portico.application.account;

import io.portico.application.account.port.RelatedAccount;
import io.portico.application.account.port.out.RelatedAccountsPort;
import io.portico.domain.account.Account;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.ContactLink;
import io.portico.domain.staff.StaffId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Related accounts worked out from the accounts held by an {@link InMemoryAccounts}. */
public final class InMemoryRelatedAccounts implements RelatedAccountsPort {

    private final InMemoryAccounts accounts;

    public InMemoryRelatedAccounts(InMemoryAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public List<RelatedAccount> sharingContacts(AccountId account, Optional<StaffId> teamMember) {
        return accounts.find(account).map(Account::links).orElse(List.of()).stream()
                .map(ContactLink::contactId)
                .flatMap(contact -> accounts.linkedAccounts(contact).stream())
                .filter(id -> !id.equals(account))
                .distinct()
                .flatMap(id -> accounts.find(id).stream())
                .filter(other -> teamMember.map(other::hasTeamMember).orElse(true))
                .map(other -> new RelatedAccount(other.id(), other.name().value()))
                .sorted(Comparator.comparing(RelatedAccount::name).thenComparing(r -> r.id().value()))
                .toList();
    }
}
