package io.portico.application.audit.port.in;

import io.portico.domain.account.AccountId;
import io.portico.domain.staff.StaffId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of an account's access history: who changed what, when, from what to what. {@code what}
 * names the thing changed, e.g. "LOGIN mario@rossi.it", "team", "link Mario Rossi". {@code by} is
 * empty for what a client did in the portal (B10: activating it).
 */
public record AccessChange(AccountId account, Optional<StaffId> by, Instant at, String what, String oldValue, String newValue) {

    public AccessChange {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(what, "what");
        oldValue = oldValue == null ? "" : oldValue;
        newValue = newValue == null ? "" : newValue;
    }

    public AccessChange(AccountId account, StaffId by, Instant at, String what, String oldValue, String newValue) {
        this(account, Optional.of(by), at, what, oldValue, newValue);
    }

    public static AccessChange byClient(AccountId account, Instant at, String what, String oldValue, String newValue) {
        return new AccessChange(account, Optional.empty(), at, what, oldValue, newValue);
    }
}
