package io.portico.application.portal;

import io.portico.application.access.AccessChanges;
import io.portico.application.access.port.out.LoadAccessPort;
import io.portico.application.portal.port.in.RevokeUnlinkedEmailUseCase;
import io.portico.application.account.Viewers;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.access.AccountAccess;
import io.portico.domain.account.access.Actor;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.staff.StaffId;
import java.time.Clock;
import java.time.Instant;

/** B8: turning off the LOGIN an unlinked address kept. */
public final class RevokeUnlinkedEmailService implements RevokeUnlinkedEmailUseCase {

    private final Viewers viewers;
    private final LoadAccessPort load;
    private final AccessChanges changes;
    private final Transactions transactions;
    private final Clock clock;

    public RevokeUnlinkedEmailService(Viewers viewers, LoadAccessPort load, AccessChanges changes,
                                      Transactions transactions, Clock clock) {
        this.viewers = viewers;
        this.load = load;
        this.changes = changes;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void revoke(StaffId actor, AccountId accountId, EmailAddress email) {
        transactions.inTransaction(() -> {
            viewers.editable(actor, accountId);
            AccountAccess access = load.load(accountId).orElseThrow();
            Instant now = clock.instant();
            // a second click finds nothing to revoke, and writes nothing
            changes.commit(access, access.revokeUnlinked(email, Actor.staff(actor), now), actor, now);
        });
    }
}
