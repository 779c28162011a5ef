package io.portico.application.notification.port.in;

import io.portico.domain.account.AccountId;
import io.portico.domain.notification.NotificationPreferences;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.staff.StaffId;
import java.util.Objects;

/** Issue 11, item 1: staff set what an address of the account hears of (⋯ → Notification preferences). */
public record ChangeNotificationPreferencesCommand(StaffId actor, AccountId account, EmailAddress email,
                                                   NotificationPreferences preferences) {

    public ChangeNotificationPreferencesCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(preferences, "preferences");
    }
}
