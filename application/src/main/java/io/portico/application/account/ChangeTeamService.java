package io.portico.application.account;

import io.portico.application.access.AccessReactions;
import io.portico.application.account.port.in.ChangeTeamUseCase;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.account.Account;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.access.AccountAccess;
import io.portico.domain.account.access.Actor;
import io.portico.domain.staff.StaffId;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;

/** A6: who works on an account; each member who joins or leaves is an event (history, notice). */
public final class ChangeTeamService implements ChangeTeamUseCase {

    private final AccountPort accounts;
    private final Viewers viewers;
    private final AccessReactions reactions;
    private final Transactions transactions;
    private final Clock clock;

    public ChangeTeamService(AccountPort accounts, Viewers viewers, AccessReactions reactions, Transactions transactions, Clock clock) {
        this.accounts = accounts;
        this.viewers = viewers;
        this.reactions = reactions;
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
            reactions.on(AccountAccess.teamChanged(id, before.team(), after.team(), Actor.staff(actor), now));
        });
    }
}
