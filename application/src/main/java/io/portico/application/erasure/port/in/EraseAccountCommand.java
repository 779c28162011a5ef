package io.portico.application.erasure.port.in;

import io.portico.domain.account.AccountId;
import io.portico.domain.staff.StaffId;
import java.util.Objects;

public record EraseAccountCommand(StaffId actor, AccountId account) {

    public EraseAccountCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(account, "account");
    }
}
