package io.portico.application.account.port.out;

import io.portico.application.account.port.CustomFieldChange;
import io.portico.domain.account.AccountId;
import io.portico.domain.customfield.CustomFieldId;
import java.util.List;

/** A7: the changes of accounts' custom field values. Append-only; a deleted field takes its history with it. */
public interface CustomFieldHistoryPort {

    void record(CustomFieldChange change);

    /** Newest first. */
    List<CustomFieldChange> history(AccountId account, CustomFieldId field, int limit);
}
