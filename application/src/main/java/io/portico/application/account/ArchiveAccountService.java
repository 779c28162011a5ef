package io.portico.application.account;

import io.portico.application.account.port.in.ArchiveAccountCommand;
import io.portico.application.account.port.in.ArchiveAccountUseCase;
import io.portico.application.account.port.out.AccountArchivePort;
import io.portico.application.audit.port.out.AccessAuditPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.account.Account;
import io.portico.domain.account.access.Actor;
import io.portico.domain.account.access.HistoryEntry;
import io.portico.domain.account.access.HistoryType;
import io.portico.domain.staff.StaffId;
import java.time.Clock;
import java.time.Instant;

/**
 * Issue 14, item 1: archiving only stamps the account; every toggle, link and address stays, and the lists, the
 * portal and the mail senders leave the stamped account out, so restoring is removing the stamp.
 */
public final class ArchiveAccountService implements ArchiveAccountUseCase {

    private final Viewers viewers;
    private final AccountArchivePort archive;
    private final AccessAuditPort history;
    private final Transactions transactions;
    private final Clock clock;

    public ArchiveAccountService(Viewers viewers, AccountArchivePort archive, AccessAuditPort history, Transactions transactions,
                                 Clock clock) {
        this.viewers = viewers;
        this.archive = archive;
        this.history = history;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void archive(ArchiveAccountCommand command) {
        transactions.inTransaction(() -> {
            Account account = viewers.manageable(command.actor(), command.account());
            if (archive.archivedAt(account.id()).isEmpty()) {
                Instant now = clock.instant();
                archive.archive(account.id(), now);
                record(account, command.actor(), now, HistoryType.ACCOUNT_ARCHIVED);
            }
        });
    }

    @Override
    public void restore(ArchiveAccountCommand command) {
        transactions.inTransaction(() -> {
            Account account = viewers.manageable(command.actor(), command.account());
            if (archive.archivedAt(account.id()).isPresent()) {
                archive.restore(account.id());
                record(account, command.actor(), clock.instant(), HistoryType.ACCOUNT_RESTORED);
            }
        });
    }

    private void record(Account account, StaffId actor, Instant at, HistoryType type) {
        history.record(new HistoryEntry(account.id(), Actor.staff(actor), at, type, account.name().value()));
    }
}
