package io.portico.application.account;

import io.portico.application.account.port.AccountFigures;
import io.portico.application.account.port.in.AccountFiguresQuery;
import io.portico.application.account.port.out.AccountFiguresPort;
import io.portico.domain.staff.StaffId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Item 11: the Home dashboard counts what the account list would show the viewer (F2, F3). Counting a million
 * accounts takes a few hundred milliseconds, so the figures of each scope (every account, or one member's
 * teams) are kept for {@code fresh} and shared by every visit meanwhile: a dashboard may lag that much.
 */
public final class AccountFiguresService implements AccountFiguresQuery {

    private record Counted(AccountFigures figures, Instant at) {
    }

    private final AccountFiguresPort figures;
    private final Viewers viewers;
    private final Duration fresh;
    private final Clock clock;
    private final Map<Optional<StaffId>, Counted> counted = new ConcurrentHashMap<>();

    public AccountFiguresService(AccountFiguresPort figures, Viewers viewers, Duration fresh, Clock clock) {
        this.figures = figures;
        this.viewers = viewers;
        this.fresh = fresh;
        this.clock = clock;
    }

    @Override
    public AccountFigures figures(StaffId viewer) {
        Optional<StaffId> scope = viewers.of(viewer).seesAll() ? Optional.empty() : Optional.of(viewer);
        Instant now = clock.instant();
        return counted.compute(scope, (key, last) -> last != null && now.isBefore(last.at().plus(fresh)) ? last
                : new Counted(figures.figures(key), now)).figures();
    }
}
