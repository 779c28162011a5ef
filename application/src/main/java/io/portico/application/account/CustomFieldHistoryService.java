package io.portico.application.account;

import io.portico.application.account.port.in.CustomFieldHistoryEntry;
import io.portico.application.account.port.in.CustomFieldHistoryQuery;
import io.portico.application.account.port.out.CustomFieldHistoryPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.account.AccountId;
import io.portico.domain.customfield.CustomFieldId;
import io.portico.domain.staff.StaffId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A7: the history of one custom field's value on an account, for those who may see the account. */
public final class CustomFieldHistoryService implements CustomFieldHistoryQuery {

    private static final int HISTORY = 200;

    private final CustomFieldHistoryPort history;
    private final StaffPort staff;
    private final Viewers viewers;

    public CustomFieldHistoryService(CustomFieldHistoryPort history, StaffPort staff, Viewers viewers) {
        this.history = history;
        this.staff = staff;
        this.viewers = viewers;
    }

    @Override
    public List<CustomFieldHistoryEntry> history(StaffId viewer, AccountId account, CustomFieldId field) {
        if (viewers.visible(viewer, account).isEmpty()) {
            return List.of();
        }
        Map<StaffId, String> names = new HashMap<>();
        return history.history(account, field, HISTORY).stream()
                .map(change -> new CustomFieldHistoryEntry(names.computeIfAbsent(change.by(), this::nameOf), change.at(),
                        change.oldValue(), change.newValue()))
                .toList();
    }

    private String nameOf(StaffId member) {
        return staff.findById(member).map(m -> m.name().full()).orElse("?");
    }
}
