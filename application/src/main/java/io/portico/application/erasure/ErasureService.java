package io.portico.application.erasure;

import io.portico.application.erasure.Erasables.Obstacle;
import io.portico.application.erasure.port.ErasureCounts;
import io.portico.application.erasure.port.in.EraseAccountCommand;
import io.portico.application.erasure.port.in.EraseAccountUseCase;
import io.portico.application.erasure.port.in.EraseContactCommand;
import io.portico.application.erasure.port.in.EraseContactUseCase;
import io.portico.application.erasure.port.in.Erasure;
import io.portico.application.erasure.port.in.ErasurePreviewQuery;
import io.portico.application.erasure.port.out.ErasePort;
import io.portico.application.erasure.port.out.ErasureScopePort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.account.AccountId;
import io.portico.domain.contact.ContactId;
import io.portico.domain.staff.StaffId;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * Issue 14, item 2: erasing an archived account or a contact linked nowhere, and the preview its confirmation lists.
 * The check and the erasure run in one transaction, so an account restored or a contact linked meanwhile stays.
 */
public final class ErasureService implements EraseAccountUseCase, EraseContactUseCase, ErasurePreviewQuery {

    private final Erasables erasables;
    private final ErasureScopePort scope;
    private final ErasePort erase;
    private final Transactions transactions;
    private final Clock clock;

    public ErasureService(Erasables erasables, ErasureScopePort scope, ErasePort erase, Transactions transactions, Clock clock) {
        this.erasables = erasables;
        this.scope = scope;
        this.erase = erase;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Erasure erase(EraseAccountCommand command) {
        return transactions.inTransaction(() -> {
            erase.holdAccount(command.account());
            return outcome(erasables.account(command.actor(), command.account()),
                    () -> erase.eraseAccount(command.account(), command.actor(), clock.instant()));
        });
    }

    @Override
    public Erasure erase(EraseContactCommand command) {
        return transactions.inTransaction(() -> outcome(erasables.contact(command.actor(), command.contact()),
                () -> erase.eraseContact(command.contact(), command.actor(), clock.instant())));
    }

    @Override
    public boolean offered(StaffId viewer, AccountId account) {
        return erasables.administers(viewer) && erasables.account(viewer, account) == Obstacle.NONE;
    }

    @Override
    public boolean offered(StaffId viewer, ContactId contact) {
        return erasables.administers(viewer) && erasables.contact(viewer, contact) == Obstacle.NONE;
    }

    @Override
    public Erasure preview(StaffId viewer, AccountId account) {
        return outcome(erasables.account(viewer, account), () -> scope.ofAccount(account));
    }

    @Override
    public Erasure preview(StaffId viewer, ContactId contact) {
        return outcome(erasables.contact(viewer, contact), () -> scope.ofContact(contact));
    }

    private static Erasure outcome(Obstacle obstacle, Supplier<ErasureCounts> goes) {
        return switch (obstacle) {
            case NONE -> new Erasure.Goes(goes.get());
            case NOT_ARCHIVED -> new Erasure.NotArchived();
            case STILL_LINKED -> new Erasure.StillLinked();
        };
    }
}
