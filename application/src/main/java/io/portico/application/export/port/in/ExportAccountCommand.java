package io.portico.application.export.port.in;

import io.portico.domain.account.AccountId;
import io.portico.domain.staff.StaffId;
import java.util.Objects;

public record ExportAccountCommand(StaffId staff, AccountId account) {

    public ExportAccountCommand {
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(account, "account");
    }
}
