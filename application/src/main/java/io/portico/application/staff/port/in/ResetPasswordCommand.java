package io.portico.application.staff.port.in;

import io.portico.domain.shared.SecretToken;
import java.util.Objects;

/** G1: the new password chosen on the page of a reset link; checked once the link says whose it is. */
public record ResetPasswordCommand(SecretToken token, String newPassword) {

    public ResetPasswordCommand {
        Objects.requireNonNull(token, "token");
        newPassword = newPassword == null ? "" : newPassword;
    }
}
