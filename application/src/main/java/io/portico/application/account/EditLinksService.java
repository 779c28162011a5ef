package io.portico.application.account;

import io.portico.application.access.AccessChanges;
import io.portico.application.access.port.out.LoadAccessPort;
import io.portico.application.account.port.in.ChangeAccessCommand;
import io.portico.application.account.port.in.ChangeAccessUseCase;
import io.portico.application.account.port.in.UnlinkContactUseCase;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.access.AccessEvent;
import io.portico.domain.account.access.AccountAccess;
import io.portico.domain.account.access.Actor;
import io.portico.domain.account.access.Invite;
import io.portico.domain.contact.ContactId;
import io.portico.domain.staff.StaffId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;

/**
 * F5: the toggles of each address on an account, and unlinking contacts: the account's access decides
 * (see {@link AccountAccess}); this saves what changed and hands the events on.
 */
public final class EditLinksService implements ChangeAccessUseCase, UnlinkContactUseCase {

    private final Viewers viewers;
    private final LoadAccessPort load;
    private final AccessChanges changes;
    private final Transactions transactions;
    private final Clock clock;

    public EditLinksService(Viewers viewers, LoadAccessPort load, AccessChanges changes, Transactions transactions,
                            Clock clock) {
        this.viewers = viewers;
        this.load = load;
        this.changes = changes;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void change(ChangeAccessCommand command) {
        changing(command.actor(), command.account(), command.version(), (access, now) -> access.turn(command.contact(),
                command.email(), command.toggle(), command.on(),
                command.invitation().map(invite -> new Invite(invite.personalMessage())),
                Actor.staff(command.actor()), now));
    }

    @Override
    public void unlink(StaffId actor, AccountId accountId, long version, ContactId contact) {
        changing(actor, accountId, version, (access, now) -> access.unlink(contact, Actor.staff(actor), now));
    }

    /**
     * The access as of the version the user saw: if someone saved since, the save is refused as stale
     * (naming them) instead of overwriting their change.
     */
    private void changing(StaffId actor, AccountId id, long version, BiFunction<AccountAccess, Instant, List<AccessEvent>> change) {
        transactions.inTransaction(() -> {
            viewers.editable(actor, id);
            AccountAccess access = load.load(id).orElseThrow().atVersion(version);
            Instant now = clock.instant();
            changes.commit(access, change.apply(access, now), actor, now);
        });
    }
}
