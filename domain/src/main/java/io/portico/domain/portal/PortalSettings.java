package io.portico.domain.portal;

import io.portico.domain.staff.StaffId;
import java.util.Objects;
import java.util.Set;

/**
 * The firm's choices for its client portal (G3): how long invitation links work, whether clients may
 * sign up themselves (B9) and who becomes the team of a self-signed-up account. An empty signup team
 * means the default: the firm's owner, whoever that is when the client signs up.
 */
public record PortalSettings(InvitationValidity invitationValidity, boolean signupOpen, Set<StaffId> signupTeam) {

    public static final PortalSettings DEFAULT = new PortalSettings(InvitationValidity.DEFAULT, true, Set.of());

    public PortalSettings {
        Objects.requireNonNull(invitationValidity, "invitationValidity");
        signupTeam = signupTeam == null ? Set.of() : Set.copyOf(signupTeam);
    }

    /** The defaults for signup, with this link validity. */
    public PortalSettings(InvitationValidity invitationValidity) {
        this(invitationValidity, true, Set.of());
    }

    /** The owner stands in for an unset team. */
    public boolean ownerIsSignupTeam() {
        return signupTeam.isEmpty();
    }
}
