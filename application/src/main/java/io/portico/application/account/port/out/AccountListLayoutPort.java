package io.portico.application.account.port.out;

import io.portico.application.account.port.AccountListLayout;
import io.portico.domain.staff.StaffId;
import java.util.Optional;

/** Each staff member's layout of Clients → Accounts. */
public interface AccountListLayoutPort {

    Optional<AccountListLayout> find(StaffId staff);

    /** Replaces the member's layout, if any. */
    void save(StaffId staff, AccountListLayout layout);
}
