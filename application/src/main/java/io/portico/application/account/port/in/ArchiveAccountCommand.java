package io.portico.application.account.port.in;

import io.portico.domain.account.AccountId;
import io.portico.domain.staff.StaffId;
import java.util.Objects;

/** Issue 14, item 1: who archives or restores which account. */
public record ArchiveAccountCommand(StaffId actor, AccountId account) {

    public ArchiveAccountCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(account, "account");
    }
}
