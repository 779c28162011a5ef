package io.portico.application.portal.port.in;

import io.portico.domain.portal.InvitationValidity;
import io.portico.domain.staff.StaffId;
import java.util.Objects;
import java.util.Set;

/** G3: Settings → Portal. An empty signup team means the owner (B9's default). */
public record ChangePortalSettingsCommand(StaffId actor, InvitationValidity invitationValidity, boolean signupOpen,
                                          Set<StaffId> signupTeam) {

    public ChangePortalSettingsCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(invitationValidity, "invitationValidity");
        signupTeam = signupTeam == null ? Set.of() : Set.copyOf(signupTeam);
    }

    /** From the form's raw values; a missing or out-of-range number of days is refused on its field. */
    public static ChangePortalSettingsCommand of(StaffId actor, Integer validityDays, boolean signupOpen, Set<StaffId> signupTeam) {
        return new ChangePortalSettingsCommand(actor, new InvitationValidity(validityDays == null ? 0 : validityDays), signupOpen,
                signupTeam);
    }
}
