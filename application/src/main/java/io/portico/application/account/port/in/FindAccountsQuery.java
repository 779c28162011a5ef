package io.portico.application.account.port.in;

import io.portico.application.account.port.AccountListRequest;
import io.portico.application.account.port.AccountRow;
import io.portico.application.account.port.SearchHit;
import io.portico.domain.staff.StaffId;
import java.util.List;

/** E1, E2 for the signed-in staff member: only accounts they may see. */
public interface FindAccountsQuery {

    /** The page asked for; its {@code visibleTo} is set from the viewer's rights, whatever was given. */
    List<AccountRow> page(StaffId viewer, AccountListRequest request);

    List<SearchHit> search(StaffId viewer, String fragment, int limit);
}
