package io.portico.application.portal.port.in;

import io.portico.domain.portal.PortalUserId;
import java.util.Objects;

/**
 * A signed-in client replaces its password, proving it knows the current one. The new one is checked
 * by the service, which knows the client's address (see PasswordPolicy).
 */
public record ChangePortalPasswordCommand(PortalUserId user, String currentPassword, String newPassword) {

    public ChangePortalPasswordCommand {
        Objects.requireNonNull(user, "user");
        currentPassword = currentPassword == null ? "" : currentPassword;
        newPassword = newPassword == null ? "" : newPassword;
    }
}
