package io.portico.application.account.port.in;

import io.portico.application.account.port.AccountListLayout;
import io.portico.domain.staff.StaffId;

/** Issue 12, item 9: each change of columns or sort on Clients → Accounts is kept for the member's next visit. */
public interface RememberAccountListLayoutUseCase {

    void remember(StaffId staff, AccountListLayout layout);
}
