package io.portico.application.portal.port.in;

import io.portico.domain.account.AccountId;
import io.portico.domain.portal.PortalAccount;
import io.portico.domain.portal.PortalUserId;
import java.util.List;
import java.util.Optional;

/** B6, B7: the accounts a portal user reaches now; every portal page asks on every request. */
public interface PortalAccountsQuery {

    List<PortalAccount> accounts(PortalUserId user);

    /** The account, if the user's address has LOGIN on it now; otherwise nothing, as if it did not exist. */
    Optional<PortalAccount> account(PortalUserId user, AccountId account);
}
