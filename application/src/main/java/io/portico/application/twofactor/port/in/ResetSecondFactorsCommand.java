package io.portico.application.twofactor.port.in;

import io.portico.domain.staff.StaffId;
import java.util.Objects;

public record ResetSecondFactorsCommand(StaffId actor, StaffId member) {

    public ResetSecondFactorsCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(member, "member");
    }
}
