package io.portico.application.twofactor.port.in;

import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.staff.StaffId;
import io.portico.domain.twofactor.TwoFactorRequirement;
import java.util.Objects;

public record ChangeSignInSecurityCommand(StaffId actor, TwoFactorRequirement requirement) {

    public ChangeSignInSecurityCommand {
        Objects.requireNonNull(actor, "actor");
        if (requirement == null) {
            throw new InvalidInputException("twoFactor", "input.required");
        }
    }
}
