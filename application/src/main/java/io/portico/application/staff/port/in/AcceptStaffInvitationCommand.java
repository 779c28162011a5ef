package io.portico.application.staff.port.in;

import io.portico.domain.shared.SecretToken;
import java.util.Objects;

public record AcceptStaffInvitationCommand(SecretToken token, String password) {

    public AcceptStaffInvitationCommand {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(password, "password");
    }
}
