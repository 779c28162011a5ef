package io.portico.application.notification.port.out;

import io.portico.domain.account.AccountId;
import io.portico.domain.notification.NotificationPreferences;
import io.portico.domain.shared.EmailAddress;

/**
 * Issue 11, item 1: each address's choices per account, kept with its access on that account: unlinking the
 * contact or removing the address from it forgets them.
 */
public interface NotificationPreferencesPort {

    /** The stored choices, or {@link NotificationPreferences#DEFAULT}. */
    NotificationPreferences load(AccountId account, EmailAddress email);

    /** For an address of a contact linked to the account (the caller checks); another is ignored. */
    void save(AccountId account, EmailAddress email, NotificationPreferences preferences);
}
