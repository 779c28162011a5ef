package io.portico.application.account.port.in;

import io.portico.application.account.port.AccountListLayout;
import io.portico.domain.staff.StaffId;

/** Issue 12, item 9: the layout of Clients → Accounts a staff member left, restored on their next visit. */
public interface AccountListLayoutQuery {

    /** Theirs, or {@link AccountListLayout#DEFAULT} before they changed anything. */
    AccountListLayout layout(StaffId staff);
}
