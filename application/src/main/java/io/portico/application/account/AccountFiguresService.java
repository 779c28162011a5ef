package io.portico.application.account;

import io.portico.application.account.port.AccountFigures;
import io.portico.application.account.port.in.AccountFiguresQuery;
import io.portico.application.account.port.out.AccountFiguresPort;
import io.portico.domain.staff.StaffId;
import java.util.Optional;

/** Item 11: the Home dashboard counts what the account list would show the viewer (F2, F3). */
public final class AccountFiguresService implements AccountFiguresQuery {

    private final AccountFiguresPort figures;
    private final Viewers viewers;

    public AccountFiguresService(AccountFiguresPort figures, Viewers viewers) {
        this.figures = figures;
        this.viewers = viewers;
    }

    @Override
    public AccountFigures figures(StaffId viewer) {
        return figures.figures(viewers.of(viewer).seesAll() ? Optional.empty() : Optional.of(viewer));
    }
}
