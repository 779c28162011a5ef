package io.portico.application.account.port.out;

import io.portico.application.account.port.AccountFigures;
import io.portico.domain.staff.StaffId;
import java.util.Optional;

/** Item 11: the dashboard's counts, aggregated where the accounts are stored (never row by row). */
public interface AccountFiguresPort {

    /** @param visibleTo only accounts whose team has this member; empty for every account */
    AccountFigures figures(Optional<StaffId> visibleTo);
}
