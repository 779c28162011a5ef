package io.portico.application.portal.port.in;

import io.portico.domain.portal.PortalUserId;
import io.portico.domain.staff.PasswordPolicy;
import java.util.Objects;

/** A signed-in client replaces its password, proving it knows the current one. */
public record ChangePortalPasswordCommand(PortalUserId user, String currentPassword, String newPassword) {

    public ChangePortalPasswordCommand {
        Objects.requireNonNull(user, "user");
        currentPassword = currentPassword == null ? "" : currentPassword;
        PasswordPolicy.check("newPassword", newPassword);
    }
}
