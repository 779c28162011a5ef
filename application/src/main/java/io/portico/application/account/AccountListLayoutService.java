package io.portico.application.account;

import io.portico.application.account.port.AccountListLayout;
import io.portico.application.account.port.in.AccountListLayoutQuery;
import io.portico.application.account.port.in.RememberAccountListLayoutUseCase;
import io.portico.application.account.port.out.AccountListLayoutPort;
import io.portico.domain.staff.StaffId;

/** Issue 12, item 9: the layout is the member's own, so no right is needed beyond being an active member. */
public final class AccountListLayoutService implements AccountListLayoutQuery, RememberAccountListLayoutUseCase {

    private final AccountListLayoutPort layouts;
    private final Viewers viewers;

    public AccountListLayoutService(AccountListLayoutPort layouts, Viewers viewers) {
        this.layouts = layouts;
        this.viewers = viewers;
    }

    @Override
    public AccountListLayout layout(StaffId staff) {
        return layouts.find(staff).orElse(AccountListLayout.DEFAULT);
    }

    @Override
    public void remember(StaffId staff, AccountListLayout layout) {
        viewers.of(staff);
        layouts.save(staff, layout);
    }
}
