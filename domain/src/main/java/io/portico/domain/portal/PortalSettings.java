package io.portico.domain.portal;

import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.staff.StaffId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The firm's choices for its client portal (G3): how long invitation links work, whether clients may
 * sign up themselves (B9) and who becomes the team of a self-signed-up account. An empty signup team
 * means the default: the firm's owner, whoever that is when the client signs up. Issue 11, item 5: how many
 * days before an invitation link expires its invitee is reminded, between 1 and the link validity; empty, off.
 */
public record PortalSettings(InvitationValidity invitationValidity, boolean signupOpen, Set<StaffId> signupTeam,
                             Optional<Integer> reminderDaysBefore) {

    public static final PortalSettings DEFAULT = new PortalSettings(InvitationValidity.DEFAULT, true, Set.of());

    public PortalSettings {
        Objects.requireNonNull(invitationValidity, "invitationValidity");
        signupTeam = signupTeam == null ? Set.of() : Set.copyOf(signupTeam);
        reminderDaysBefore = reminderDaysBefore == null ? Optional.empty() : reminderDaysBefore;
        reminderDaysBefore.ifPresent(days -> requireReminderWithin(invitationValidity, days));
    }

    /** Without invitation reminders. */
    public PortalSettings(InvitationValidity invitationValidity, boolean signupOpen, Set<StaffId> signupTeam) {
        this(invitationValidity, signupOpen, signupTeam, Optional.empty());
    }

    /** The defaults for signup, with this link validity. */
    public PortalSettings(InvitationValidity invitationValidity) {
        this(invitationValidity, true, Set.of());
    }

    /** The owner stands in for an unset team. */
    public boolean ownerIsSignupTeam() {
        return signupTeam.isEmpty();
    }

    /** Item 5: a reminder N days before expiry needs 1 ≤ N ≤ the link validity, else it would never or always be due. */
    public static void requireReminderWithin(InvitationValidity validity, int days) {
        if (days < 1 || days > validity.days()) {
            throw new InvalidInputException("invitationReminderDays", "portal.reminder-days.range", validity.days());
        }
    }
}
