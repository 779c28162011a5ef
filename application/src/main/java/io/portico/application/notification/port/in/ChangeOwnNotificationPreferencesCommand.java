package io.portico.application.notification.port.in;

import io.portico.domain.account.AccountId;
import io.portico.domain.notification.NotificationPreferences;
import io.portico.domain.portal.PortalUserId;
import java.util.Objects;

/** Issue 11, item 1: a client sets what their own address hears of on one account (My profile → Notifications). */
public record ChangeOwnNotificationPreferencesCommand(PortalUserId user, AccountId account, NotificationPreferences preferences) {

    public ChangeOwnNotificationPreferencesCommand {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(preferences, "preferences");
    }
}
