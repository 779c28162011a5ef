package io.portico.application.account.port;

import io.portico.domain.account.AccountId;
import io.portico.domain.customfield.CustomFieldId;
import io.portico.domain.staff.StaffId;
import java.time.Instant;
import java.util.Objects;

/** A7: one change of an account's custom field value: who, when, old → new (stored values; "" for none). */
public record CustomFieldChange(AccountId account, CustomFieldId field, StaffId by, Instant at, String oldValue, String newValue) {

    public CustomFieldChange {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        oldValue = oldValue == null ? "" : oldValue;
        newValue = newValue == null ? "" : newValue;
    }
}
