package io.portico.application.account.port.out;

import io.portico.application.account.port.AccountListRequest;
import io.portico.application.account.port.AccountRow;
import io.portico.application.account.port.SearchHit;
import io.portico.domain.staff.StaffId;
import java.util.List;
import java.util.Optional;

/** Read side of accounts: the list and the search, built for the screen, never loading all rows. */
public interface AccountListPort {

    List<AccountRow> page(AccountListRequest request);

    /**
     * Accounts whose name, or a contact's first name, last name or email address, contains the
     * fragment (case-insensitive), best matches first.
     *
     * @param visibleTo only accounts whose team has this member; empty for every account
     */
    List<SearchHit> search(String fragment, Optional<StaffId> visibleTo, int limit);
}
