package io.portico.application.account;

import io.portico.application.account.port.in.EditAccountCommand;
import io.portico.application.account.port.in.EditAccountUseCase;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.account.Account;
import java.time.Clock;

/** F4: Edit of the account's own details — type, name, company name and company address. */
public final class EditAccountService implements EditAccountUseCase {

    private final AccountPort accounts;
    private final Viewers viewers;
    private final Transactions transactions;
    private final Clock clock;

    public EditAccountService(AccountPort accounts, Viewers viewers, Transactions transactions, Clock clock) {
        this.accounts = accounts;
        this.viewers = viewers;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void edit(EditAccountCommand command) {
        transactions.inTransaction(() -> {
            // stamped with the version the user saw: a save made since makes this one stale
            Account account = viewers.editable(command.actor(), command.account()).withVersion(command.version());
            Account edited = account.withInfo(command.type(), command.name(), command.companyName(), command.companyAddress());
            if (!edited.equals(account)) {
                accounts.update(edited, command.actor(), clock.instant());
            }
        });
    }
}
