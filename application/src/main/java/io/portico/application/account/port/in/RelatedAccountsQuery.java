package io.portico.application.account.port.in;

import io.portico.application.account.port.RelatedAccount;
import io.portico.domain.account.AccountId;
import io.portico.domain.staff.StaffId;
import java.util.List;

public interface RelatedAccountsQuery {

    /**
     * F4: the accounts sharing at least one contact with this one, by name, only those the viewer
     * may see (F2); nothing for an account the viewer may not see.
     */
    List<RelatedAccount> related(StaffId viewer, AccountId account);
}
