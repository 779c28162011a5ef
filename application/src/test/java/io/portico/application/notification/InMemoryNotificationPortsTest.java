package io.portico.application.notification;

import io.portico.application.account.InMemoryAccounts;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.InMemoryContacts;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.mail.InMemoryMailOutbox;
import io.portico.application.mail.port.out.MailOutboxPort;
import io.portico.application.notification.port.out.LockedCategoriesPort;
import io.portico.application.notification.port.out.NotificationDeliveryPort;
import io.portico.application.notification.port.out.NotificationDigestPort;
import io.portico.application.notification.port.out.NotificationPreferencesPort;
import io.portico.application.notification.port.out.NotificationRecipientsPort;
import io.portico.application.portal.InMemoryPortalUsers;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.staff.InMemoryStaff;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.contact.ContactId;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Nested;

/** The notification contracts on the in-memory fakes. */
class InMemoryNotificationPortsTest {

    /** Every fake, fresh for each test. */
    abstract static class Fakes {
        final InMemoryStaff staff = new InMemoryStaff();
        final InMemoryContacts contacts = new InMemoryContacts();
        final InMemoryAccounts accounts = new InMemoryAccounts(contacts, staff);
        final InMemoryPortalUsers users = new InMemoryPortalUsers();
        final InMemoryNotificationPreferences preferences = new InMemoryNotificationPreferences(accounts, contacts);
        final InMemoryNotificationRecipients recipients = new InMemoryNotificationRecipients(accounts, contacts, users, preferences);
        final InMemoryMailOutbox outbox = new InMemoryMailOutbox();
        final InMemoryNotificationDeliveries deliveries = new InMemoryNotificationDeliveries(outbox, accounts.archive());
    }

    @Nested
    class Preferences extends NotificationPreferencesPortContract {
        private final Fakes fakes = new Fakes() { };

        @Override protected StaffPort staff() { return fakes.staff; }
        @Override protected ContactPort contacts() { return fakes.contacts; }
        @Override protected AccountPort accounts() { return fakes.accounts; }
        @Override protected NotificationPreferencesPort preferences() { return fakes.preferences; }
        @Override protected LockedCategoriesPort locked() { return fakes.preferences; }
    }

    @Nested
    class Recipients extends NotificationRecipientsPortContract {
        private final Fakes fakes = new Fakes() { };

        @Override protected StaffPort staff() { return fakes.staff; }
        @Override protected ContactPort contacts() { return fakes.contacts; }
        @Override protected AccountPort accounts() { return fakes.accounts; }
        @Override protected PortalUserPort users() { return fakes.users; }
        @Override protected NotificationPreferencesPort preferences() { return fakes.preferences; }
        @Override protected LockedCategoriesPort locked() { return fakes.preferences; }
        @Override protected NotificationRecipientsPort recipients() { return fakes.recipients; }
        @Override protected void contactSpeaks(ContactId contact, Locale language) { fakes.recipients.contactSpeaks(contact, language); }
        @Override protected void firmSpeaks(Locale language) { fakes.recipients.firmSpeaks(language); }
    }

    @Nested
    class Deliveries extends NotificationDeliveryPortContract {
        private final Fakes fakes = new Fakes() { };

        @Override protected StaffPort staff() { return fakes.staff; }
        @Override protected ContactPort contacts() { return fakes.contacts; }
        @Override protected AccountPort accounts() { return fakes.accounts; }
        @Override protected MailOutboxPort outbox() { return fakes.outbox; }
        @Override protected NotificationDeliveryPort deliveries() { return fakes.deliveries; }
        @Override protected NotificationDigestPort digests() { return fakes.deliveries; }
        @Override protected io.portico.application.account.port.out.AccountArchivePort archive() { return fakes.accounts.archive(); }
        @Override protected <T> T inTransaction(Supplier<T> work) { return work.get(); }
    }
}
