package io.portico.application.portal.port.in;

import io.portico.application.portal.port.LoginActivity;
import io.portico.domain.account.AccountId;
import io.portico.domain.staff.StaffId;
import java.util.List;

/** F3: Overview → Login activity. */
public interface LoginActivityQuery {

    /** The account's portal users, latest login first; nothing when the viewer may not see the account (F2). */
    List<LoginActivity> activity(StaffId viewer, AccountId account);
}
