package io.portico.application.account;

import io.portico.application.account.port.CustomFieldChange;
import io.portico.application.account.port.in.EditAccountDetailsCommand;
import io.portico.application.account.port.in.EditAccountDetailsUseCase;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.account.port.out.CustomFieldHistoryPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.account.Account;
import io.portico.domain.customfield.CustomFieldId;
import io.portico.domain.customfield.CustomFieldScope;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * F4: an account's tags (A5) and custom field values (A7). They are part of the account's save, so its
 * version guards them too (no lost updates); each changed value is kept as history in the same transaction.
 */
public final class EditAccountDetailsService implements EditAccountDetailsUseCase {

    private final AccountPort accounts;
    private final CustomValues values;
    private final CustomFieldHistoryPort history;
    private final Viewers viewers;
    private final Transactions transactions;
    private final Clock clock;

    public EditAccountDetailsService(AccountPort accounts, CustomValues values, CustomFieldHistoryPort history, Viewers viewers,
                                     Transactions transactions, Clock clock) {
        this.accounts = accounts;
        this.values = values;
        this.history = history;
        this.viewers = viewers;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void edit(EditAccountDetailsCommand command) {
        transactions.inTransaction(() -> {
            Account account = viewers.editable(command.actor(), command.account()).withVersion(command.version());
            Instant now = clock.instant();
            List<CustomFieldChange> changes = new ArrayList<>();
            Map<CustomFieldId, String> applied = values.applied(CustomFieldScope.ACCOUNT, account.customValues(), command.customValues(),
                    (field, before, after) -> changes.add(new CustomFieldChange(account.id(), field, command.actor(), now, before, after)));
            accounts.update(account.withDetails(command.tags(), applied), command.actor(), now);
            changes.forEach(history::record);
        });
    }
}
