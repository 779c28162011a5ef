package io.portico.application.bulk;

import io.portico.application.account.Viewers;
import io.portico.application.bulk.port.in.BulkAccessCommand;
import io.portico.application.bulk.port.out.BulkAccessPort;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.AccountVisibility;
import io.portico.domain.bulk.AccountPlan;
import io.portico.domain.bulk.BulkAccount;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.staff.StaffId;
import java.util.List;
import java.util.Optional;

/** E3: the next accounts of a bulk edit, read afresh with the starter's rights as they are now, and what to do to each. */
final class BulkAccessPlans {

    private final BulkAccessPort port;
    private final Viewers viewers;

    BulkAccessPlans(BulkAccessPort port, Viewers viewers) {
        this.port = port;
        this.viewers = viewers;
    }

    /** A chunk's plans, and the cursor of the chunk after it (empty: this was the last). */
    record Chunk(List<AccountPlan> plans, Optional<AccountId> next) {
    }

    Chunk next(BulkAccessCommand command, Optional<AccountId> after, int limit) {
        AccountVisibility visibility = viewers.of(command.by());
        List<BulkAccount> accounts = port.chunk(command.selection(), restriction(visibility), after, limit);
        List<AccountPlan> plans = accounts.stream().map(account -> command.change().plan(account, visibility.canCreate())).toList();
        return new Chunk(plans, accounts.size() < limit ? Optional.empty() : Optional.of(accounts.getLast().id()));
    }

    /** F3: only who may edit accounts starts a bulk edit (a right lost later skips the accounts left). */
    AccountVisibility editor(StaffId by) {
        AccountVisibility visibility = viewers.of(by);
        if (!visibility.canCreate()) {
            throw new NotAllowedException("edit accounts");
        }
        return visibility;
    }

    static Optional<StaffId> restriction(AccountVisibility visibility) {
        return visibility.seesAll() ? Optional.empty() : Optional.of(visibility.viewer());
    }
}
