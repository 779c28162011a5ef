package io.portico.application.portal.port.in;

public interface SendInvitationUseCase {

    /**
     * Voids the address's older links and sends a new one.
     *
     * @throws io.portico.domain.shared.InvalidInputException on "email" when the address has LOGIN off or
     *         already has a portal user
     */
    void send(SendInvitationCommand command);
}
