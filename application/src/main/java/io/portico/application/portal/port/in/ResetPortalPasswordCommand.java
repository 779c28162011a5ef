package io.portico.application.portal.port.in;

import io.portico.domain.shared.SecretToken;
import java.util.Objects;

/** B11: the new password chosen on the page of a reset link; checked once the link says whose it is. */
public record ResetPortalPasswordCommand(SecretToken token, String newPassword) {

    public ResetPortalPasswordCommand {
        Objects.requireNonNull(token, "token");
        newPassword = newPassword == null ? "" : newPassword;
    }
}
