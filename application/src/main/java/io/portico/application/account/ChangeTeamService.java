package io.portico.application.account;

import io.portico.application.account.port.in.ChangeTeamUseCase;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.audit.AccessAudit;
import io.portico.application.shared.Viewers;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.account.Account;
import io.portico.domain.account.AccountId;
import io.portico.domain.staff.StaffId;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;

public final class ChangeTeamService implements ChangeTeamUseCase {

    private final AccountPort accounts;
    private final Viewers viewers;
    private final AccessAudit audit;
    private final TeamNotices notices;
    private final Transactions transactions;
    private final Clock clock;

    public ChangeTeamService(AccountPort accounts, Viewers viewers, AccessAudit audit, TeamNotices notices,
                             Transactions transactions, Clock clock) {
        this.accounts = accounts;
        this.viewers = viewers;
        this.audit = audit;
        this.notices = notices;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void changeTeam(StaffId actor, AccountId id, long version, Set<StaffId> team) {
        transactions.inTransaction(() -> {
            Account before = viewers.editable(actor, id).withVersion(version);
            Account after = before.withTeam(team);
            Instant now = clock.instant();
            accounts.update(after, actor, now);
            audit.teamChanged(after, before.team(), after.team(), actor, now);
            notices.assigned(after, before.team(), actor, now);
        });
    }
}
