package io.portico.application.account.port.in;

import io.portico.domain.account.AccountId;
import io.portico.domain.staff.StaffId;
import java.util.Set;

public interface ChangeTeamUseCase {

    /**
     * A6, F4: sets the account's team; each newly assigned member is notified in Inbox+ and by email.
     *
     * @throws io.portico.domain.shared.StaleRecordException when someone saved the account meanwhile
     */
    void changeTeam(StaffId actor, AccountId account, long version, Set<StaffId> team);
}
