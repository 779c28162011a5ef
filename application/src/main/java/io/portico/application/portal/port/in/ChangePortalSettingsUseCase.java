package io.portico.application.portal.port.in;

public interface ChangePortalSettingsUseCase {

    /**
     * @throws io.portico.domain.shared.InvalidInputException on "signupTeam" when a chosen member is not active staff;
     *         nothing is saved then
     * @throws io.portico.domain.shared.NotAllowedException unless the actor is an owner or admin
     */
    void change(ChangePortalSettingsCommand command);
}
