package io.portico.application.staff.port.in;

import io.portico.domain.staff.StaffId;
import java.util.Objects;

/** G2: a signed-in member replaces their password, proving they know the current one. */
public record ChangeOwnPasswordCommand(StaffId me, String currentPassword, String newPassword) {

    public ChangeOwnPasswordCommand {
        Objects.requireNonNull(me, "me");
        currentPassword = currentPassword == null ? "" : currentPassword;
        Objects.requireNonNull(newPassword, "newPassword");
    }
}
