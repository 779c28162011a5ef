package io.portico.application.portal.port.in;

import io.portico.domain.account.AccountId;
import io.portico.domain.staff.StaffId;
import java.util.List;

/** B4: the portal state of every address on an account, for the Info tab. */
public interface LoginStatusQuery {

    /** In the order of the account's links and addresses; nothing when the viewer may not see the account (F2). */
    List<LoginStatus> statuses(StaffId viewer, AccountId account);
}
