package io.portico.domain.bulk;

import io.portico.domain.account.AccountId;
import java.util.List;
import java.util.Objects;

/**
 * An account a bulk edit reaches, read afresh by its chunk: its name, whether the staff member who started the
 * edit may see it now (F2), its linked contacts with their addresses' toggles, and whether it is archived (issue 14,
 * item 1: then it is skipped).
 */
public record BulkAccount(AccountId id, String name, boolean visible, List<BulkContact> contacts, boolean archived) {

    public BulkAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        contacts = List.copyOf(contacts);
    }

    /** An active account. */
    public BulkAccount(AccountId id, String name, boolean visible, List<BulkContact> contacts) {
        this(id, name, visible, contacts, false);
    }
}
