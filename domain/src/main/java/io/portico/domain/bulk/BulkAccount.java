package io.portico.domain.bulk;

import io.portico.domain.account.AccountId;
import java.util.List;
import java.util.Objects;

/**
 * An account a bulk edit reaches, read afresh by its chunk: its name, whether the staff member who started the
 * edit may see it now (F2), and its linked contacts with their addresses' toggles.
 */
public record BulkAccount(AccountId id, String name, boolean visible, List<BulkContact> contacts) {

    public BulkAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        contacts = List.copyOf(contacts);
    }
}
