package io.portico.application.notification;

import io.portico.application.account.InMemoryAccounts;
import io.portico.application.contact.InMemoryContacts;
import io.portico.application.notification.port.out.NotificationRecipientsPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.domain.account.Account;
import io.portico.domain.account.ContactLink;
import io.portico.domain.contact.ContactId;
import io.portico.domain.notification.NotificationRecipient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** {@link NotificationRecipient#of} over the in-memory accounts, contacts, portal users and preferences. */
public final class InMemoryNotificationRecipients implements NotificationRecipientsPort {

    private final InMemoryAccounts accounts;
    private final InMemoryContacts contacts;
    private final PortalUserPort users;
    private final InMemoryNotificationPreferences preferences;
    private final Map<ContactId, Locale> contactLanguages = new HashMap<>();
    private Locale firmLanguage = Locale.ENGLISH;

    public InMemoryNotificationRecipients(InMemoryAccounts accounts, InMemoryContacts contacts, PortalUserPort users,
                                          InMemoryNotificationPreferences preferences) {
        this.accounts = accounts;
        this.contacts = contacts;
        this.users = users;
        this.preferences = preferences;
    }

    /** Issue 11, item 3: the contact's own language (the contact's column). */
    public synchronized void contactSpeaks(ContactId contact, Locale language) {
        contactLanguages.put(contact, language);
    }

    /** Issue 11, item 3: the firm's language (the firm's column). */
    public synchronized void firmSpeaks(Locale language) {
        firmLanguage = language;
    }

    @Override
    public synchronized List<Recipient> recipients(List<Wanted> notifications) {
        List<Recipient> found = new ArrayList<>();
        for (int i = 0; i < notifications.size(); i++) {
            Wanted notification = notifications.get(i);
            // issue 14, item 1: nobody hears of an archived account
            Optional<Account> account = accounts.find(notification.account())
                    .filter(stored -> accounts.archive().archivedAt(stored.id()).isEmpty());
            for (ContactLink link : account.map(Account::links).orElse(List.of())) {
                int index = i;
                contacts.find(link.contactId()).map(link::alignedWith).orElse(link).access().forEach(access ->
                        NotificationRecipient.of(access, users.findByEmail(access.email()).isPresent(),
                                        preferences.load(notification.account(), access.email()), preferences.load(),
                                        notification.category(), language(link.contactId()))
                                .ifPresent(to -> found.add(new Recipient(index, account.get().name().value(), to))));
            }
        }
        return found;
    }

    private Locale language(ContactId contact) {
        return NotificationRecipient.language(Optional.ofNullable(contactLanguages.get(contact)), firmLanguage);
    }
}
