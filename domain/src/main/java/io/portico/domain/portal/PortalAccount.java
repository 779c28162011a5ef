package io.portico.domain.portal;

import io.portico.domain.account.AccountId;
import java.util.Objects;

/** An account as its clients see it in the portal. */
public record PortalAccount(AccountId id, String name) {

    public PortalAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
