package io.portico.application.notification.port.in;

import io.portico.domain.account.AccountId;
import io.portico.domain.notification.LockedCategories;
import io.portico.domain.notification.NotificationPreferences;
import io.portico.domain.shared.EmailAddress;
import java.util.Objects;

/** What one address hears of on one account, beside the categories the firm locked (shown checked and disabled). */
public record AddressPreferences(AccountId account, String accountName, EmailAddress email, NotificationPreferences preferences,
                                 LockedCategories locked) {

    public AddressPreferences {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(accountName, "accountName");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(preferences, "preferences");
        Objects.requireNonNull(locked, "locked");
    }
}
