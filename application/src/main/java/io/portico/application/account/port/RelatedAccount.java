package io.portico.application.account.port;

import io.portico.domain.account.AccountId;
import java.util.Objects;

/** F4: another account sharing at least one contact with the one shown, by its name. */
public record RelatedAccount(AccountId id, String name) {

    public RelatedAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
