package io.portico.domain.portal;

import java.util.Objects;

/** The firm's choices for its client portal. */
public record PortalSettings(InvitationValidity invitationValidity) {

    public static final PortalSettings DEFAULT = new PortalSettings(InvitationValidity.DEFAULT);

    public PortalSettings {
        Objects.requireNonNull(invitationValidity, "invitationValidity");
    }
}
