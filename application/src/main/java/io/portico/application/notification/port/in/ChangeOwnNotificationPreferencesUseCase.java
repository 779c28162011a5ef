package io.portico.application.notification.port.in;

public interface ChangeOwnNotificationPreferencesUseCase {

    /** @throws io.portico.domain.shared.InvalidInputException on "account" unless the user's address has LOGIN on it */
    void change(ChangeOwnNotificationPreferencesCommand command);
}
