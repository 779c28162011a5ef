package io.portico.application.message.port.out;

import io.portico.domain.account.AccountId;
import io.portico.domain.account.AccountVisibility;
import java.util.Collection;
import java.util.Set;

/**
 * F2 for many accounts at once (a bulk email's chunk): which of them exist, are not archived (issue 14, item 1: no
 * message reaches an archived account) and the viewer may see, in one look-up.
 */
public interface VisibleAccountsPort {

    Set<AccountId> visible(AccountVisibility viewer, Collection<AccountId> ids);
}
