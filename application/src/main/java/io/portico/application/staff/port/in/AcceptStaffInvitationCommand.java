package io.portico.application.staff.port.in;

import io.portico.domain.shared.SecretToken;
import io.portico.domain.staff.PasswordPolicy;
import java.util.Objects;

public record AcceptStaffInvitationCommand(SecretToken token, String password) {

    public AcceptStaffInvitationCommand {
        Objects.requireNonNull(token, "token");
        PasswordPolicy.check("password", password);
    }
}
