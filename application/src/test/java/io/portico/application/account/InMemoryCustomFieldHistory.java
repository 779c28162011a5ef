package io.portico.application.account;

import io.portico.application.account.port.CustomFieldChange;
import io.portico.application.account.port.out.CustomFieldHistoryPort;
import io.portico.domain.account.AccountId;
import io.portico.domain.customfield.CustomFieldId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

public final class InMemoryCustomFieldHistory implements CustomFieldHistoryPort {

    private final List<CustomFieldChange> changes = new CopyOnWriteArrayList<>();

    @Override
    public void record(CustomFieldChange change) {
        changes.add(change);
    }

    @Override
    public List<CustomFieldChange> history(AccountId account, CustomFieldId field, int limit) {
        return changes.reversed().stream()
                .filter(c -> c.account().equals(account) && c.field().equals(field))
                .limit(limit)
                .toList();
    }
}
