package io.portico.application.portal.port.in;

import io.portico.domain.portal.InvitationValidity;
import io.portico.domain.portal.PortalSettings;
import io.portico.domain.staff.StaffId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * G3: Settings → Portal. An empty signup team means the owner (B9's default). Issue 11, item 5: the days before
 * an invitation link expires that its invitee is reminded; empty, no reminders.
 */
public record ChangePortalSettingsCommand(StaffId actor, InvitationValidity invitationValidity, boolean signupOpen,
                                          Set<StaffId> signupTeam, Optional<Integer> reminderDaysBefore) {

    public ChangePortalSettingsCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(invitationValidity, "invitationValidity");
        signupTeam = signupTeam == null ? Set.of() : Set.copyOf(signupTeam);
        reminderDaysBefore = reminderDaysBefore == null ? Optional.empty() : reminderDaysBefore;
        reminderDaysBefore.ifPresent(days -> PortalSettings.requireReminderWithin(invitationValidity, days));
    }

    /** From the form's raw values, without reminders; a missing or out-of-range number of days is refused on its field. */
    public static ChangePortalSettingsCommand of(StaffId actor, Integer validityDays, boolean signupOpen, Set<StaffId> signupTeam) {
        return of(actor, validityDays, signupOpen, signupTeam, false, null);
    }

    /** From the form's raw values; with reminders on, a missing number of days is refused on its field. */
    public static ChangePortalSettingsCommand of(StaffId actor, Integer validityDays, boolean signupOpen, Set<StaffId> signupTeam,
                                                 boolean remind, Integer reminderDays) {
        var validity = new InvitationValidity(validityDays == null ? 0 : validityDays);
        Optional<Integer> reminder = remind ? Optional.of(reminderDays == null ? 0 : reminderDays) : Optional.empty();
        return new ChangePortalSettingsCommand(actor, validity, signupOpen, signupTeam, reminder);
    }
}
