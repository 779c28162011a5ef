package io.portico.application.portal.port.in;

public interface ChangePortalPasswordUseCase {

    /**
     * @throws io.portico.domain.shared.InvalidInputException on "currentPassword" when it is not the client's
     *         password; nothing changes
     * @return the client's new credential epoch: the session that changed it goes on with it, every other one ends
     */
    long change(ChangePortalPasswordCommand command);
}
