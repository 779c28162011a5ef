package io.portico.application.notification;

import io.portico.application.account.InMemoryAccounts;
import io.portico.application.contact.InMemoryContacts;
import io.portico.application.notification.port.out.LockedCategoriesPort;
import io.portico.application.notification.port.out.NotificationPreferencesPort;
import io.portico.domain.account.AccountId;
import io.portico.domain.notification.LockedCategories;
import io.portico.domain.notification.NotificationPreferences;
import io.portico.domain.shared.EmailAddress;
import java.util.HashMap;
import java.util.Map;

/** Preferences per address per account, forgotten (as the table's cascade does) once the address leaves the account. */
public final class InMemoryNotificationPreferences implements NotificationPreferencesPort, LockedCategoriesPort {

    private record Key(AccountId account, String emailKey) {
    }

    private final InMemoryAccounts accounts;
    private final InMemoryContacts contacts;
    private final Map<Key, NotificationPreferences> stored = new HashMap<>();
    private LockedCategories locked = LockedCategories.NONE;

    public InMemoryNotificationPreferences(InMemoryAccounts accounts, InMemoryContacts contacts) {
        this.accounts = accounts;
        this.contacts = contacts;
    }

    @Override
    public synchronized NotificationPreferences load(AccountId account, EmailAddress email) {
        stored.keySet().removeIf(key -> !onAccount(key.account(), key.emailKey()));
        return stored.getOrDefault(new Key(account, email.lookupKey()), NotificationPreferences.DEFAULT);
    }

    @Override
    public synchronized void save(AccountId account, EmailAddress email, NotificationPreferences preferences) {
        if (onAccount(account, email.lookupKey())) {
            stored.put(new Key(account, email.lookupKey()), preferences);
        }
    }

    @Override
    public synchronized LockedCategories load() {
        return locked;
    }

    @Override
    public synchronized void save(LockedCategories categories) {
        locked = categories;
    }

    private boolean onAccount(AccountId account, String emailKey) {
        return accounts.find(account).stream().flatMap(a -> a.links().stream())
                .flatMap(link -> contacts.find(link.contactId()).map(link::alignedWith).stream())
                .flatMap(link -> link.access().stream())
                .anyMatch(access -> access.email().lookupKey().equals(emailKey));
    }
}
