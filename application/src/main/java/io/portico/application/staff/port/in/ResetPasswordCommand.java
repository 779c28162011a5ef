package io.portico.application.staff.port.in;

import io.portico.domain.shared.SecretToken;
import io.portico.domain.staff.PasswordPolicy;
import java.util.Objects;

public record ResetPasswordCommand(SecretToken token, String newPassword) {

    public ResetPasswordCommand {
        Objects.requireNonNull(token, "token");
        PasswordPolicy.check("password", newPassword);
    }
}
