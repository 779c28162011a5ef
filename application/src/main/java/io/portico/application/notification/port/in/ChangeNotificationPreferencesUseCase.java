package io.portico.application.notification.port.in;

public interface ChangeNotificationPreferencesUseCase {

    /**
     * @throws io.portico.domain.shared.InvalidInputException on "account" when the actor cannot see it, on "email"
     *         when the address is not one of its contacts'
     * @throws io.portico.domain.shared.NotAllowedException without the right to edit the account
     */
    void change(ChangeNotificationPreferencesCommand command);
}
