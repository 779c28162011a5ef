package io.portico.application.portal.port.in;

public interface ChangePortalPasswordUseCase {

    /**
     * @throws io.portico.domain.shared.InvalidInputException on "currentPassword" when it is not the client's
     *         password; nothing changes
     */
    void change(ChangePortalPasswordCommand command);
}
