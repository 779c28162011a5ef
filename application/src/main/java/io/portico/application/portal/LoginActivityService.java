package io.portico.application.portal;

import io.portico.application.portal.port.LoginActivity;
import io.portico.application.portal.port.in.LoginActivityQuery;
import io.portico.application.portal.port.out.LoginActivityPort;
import io.portico.application.account.Viewers;
import io.portico.domain.account.AccountId;
import io.portico.domain.staff.StaffId;
import java.util.List;

/** F3: when each portal user of an account last logged in, for those who may see the account. */
public final class LoginActivityService implements LoginActivityQuery {

    private final Viewers viewers;
    private final LoginActivityPort activity;

    public LoginActivityService(Viewers viewers, LoginActivityPort activity) {
        this.viewers = viewers;
        this.activity = activity;
    }

    @Override
    public List<LoginActivity> activity(StaffId viewer, AccountId account) {
        return viewers.visible(viewer, account).map(visible -> activity.portalUsers(visible.id())).orElse(List.of());
    }
}
