package io.portico.application.staff.port.out;

import io.portico.domain.portal.InvitationValidity;

/** G2: the firm's team settings. */
public interface TeamSettingsPort {

    /** How long a staff invitation works; {@link InvitationValidity#DEFAULT} until the firm changes it. */
    InvitationValidity staffInvitationValidity();

    void staffInvitationValidity(InvitationValidity validity);
}
