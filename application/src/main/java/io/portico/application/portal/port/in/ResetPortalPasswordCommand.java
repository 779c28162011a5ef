package io.portico.application.portal.port.in;

import io.portico.domain.shared.SecretToken;
import io.portico.domain.staff.PasswordPolicy;
import java.util.Objects;

/** B11: the new password chosen on the page of a reset link. */
public record ResetPortalPasswordCommand(SecretToken token, String newPassword) {

    public ResetPortalPasswordCommand {
        Objects.requireNonNull(token, "token");
        PasswordPolicy.check("password", newPassword);
    }
}
