package io.portico.application.account.port.in;

import io.portico.domain.account.AccountId;
import io.portico.domain.customfield.CustomFieldId;
import io.portico.domain.staff.StaffId;
import java.util.List;

/** A7, F4: the history of one custom field of one account, opened from the field. */
public interface CustomFieldHistoryQuery {

    /** Newest first; empty when the viewer may not see the account (F2). */
    List<CustomFieldHistoryEntry> history(StaffId viewer, AccountId account, CustomFieldId field);
}
