package io.portico.application.account.port.in;

import io.portico.application.account.port.AccountFigures;
import io.portico.domain.staff.StaffId;

/** Item 11: accounts by type and by portal status, over the accounts the viewer may see (F2). */
public interface AccountFiguresQuery {

    AccountFigures figures(StaffId viewer);
}
