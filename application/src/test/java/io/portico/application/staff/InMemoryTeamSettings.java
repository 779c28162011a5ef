package io.portico.application.staff;

import io.portico.application.staff.port.out.TeamSettingsPort;
import io.portico.domain.portal.InvitationValidity;

public final class InMemoryTeamSettings implements TeamSettingsPort {

    private volatile InvitationValidity validity = InvitationValidity.DEFAULT;

    @Override
    public InvitationValidity staffInvitationValidity() {
        return validity;
    }

    @Override
    public void staffInvitationValidity(InvitationValidity newValidity) {
        validity = newValidity;
    }
}
