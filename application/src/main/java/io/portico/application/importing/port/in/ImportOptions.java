package io.portico.application.importing.port.in;

import io.portico.application.account.port.in.InvitationRequest;
import io.portico.domain.shared.InvalidInputException;
import java.util.Objects;
import java.util.Optional;

/**
 * Issue 12 item 6: for the whole import, the three toggles every imported address gets on its new account,
 * and whether addresses given LOGIN are sent an invitation (with its message) — only with LOGIN on (B1).
 */
public record ImportOptions(boolean login, boolean notifications, boolean emailSync, Optional<InvitationRequest> invitation) {

    public static final ImportOptions NONE = new ImportOptions(false, false, false, Optional.empty());

    public ImportOptions {
        Objects.requireNonNull(invitation, "invitation");
        if (invitation.isPresent() && !login) {
            throw new InvalidInputException("invitation", "import.invitation.needs-login");
        }
    }
}
