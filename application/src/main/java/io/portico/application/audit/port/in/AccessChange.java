package io.portico.application.audit.port.in;

import io.portico.domain.account.AccountId;
import io.portico.domain.staff.StaffId;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of an account's access history: who changed what, when, from what to what. {@code what}
 * names the thing changed, e.g. "LOGIN mario@rossi.it", "team", "link Mario Rossi".
 */
public record AccessChange(AccountId account, StaffId by, Instant at, String what, String oldValue, String newValue) {

    public AccessChange {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(what, "what");
        oldValue = oldValue == null ? "" : oldValue;
        newValue = newValue == null ? "" : newValue;
    }
}
