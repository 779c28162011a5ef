package io.portico.application.account.port.in;

import io.portico.domain.account.AccountId;
import io.portico.domain.staff.StaffId;
import java.util.Optional;

public interface AccountProfileQuery {

    /** Empty when the account does not exist or the viewer may not see it: both read as "not found" (F2). */
    Optional<AccountProfile> profile(StaffId viewer, AccountId account);
}
