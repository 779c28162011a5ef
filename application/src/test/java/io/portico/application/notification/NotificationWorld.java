package io.portico.application.notification;

import io.portico.application.account.AccountFixtures;
import io.portico.application.account.InMemoryAccounts;
import io.portico.application.account.Viewers;
import io.portico.application.contact.InMemoryContacts;
import io.portico.application.firm.FirmQueryService;
import io.portico.application.mail.FakeMailRenderer;
import io.portico.application.mail.InMemoryMailOutbox;
import io.portico.application.mail.MailQueue;
import io.portico.application.portal.PortalFakes;
import io.portico.application.shared.DirectTransactions;
import io.portico.application.shared.FixedLinks;
import io.portico.application.shared.MutableClock;
import io.portico.application.staff.Administrators;
import io.portico.application.staff.InMemoryStaff;
import io.portico.domain.firm.Firm;
import io.portico.domain.firm.FirmId;
import io.portico.domain.firm.FirmName;

/**
 * The notification services over in-memory fakes, with {@link NotificationFixture}'s firm, for use-case tests
 * and for module authors' examples ({@code docs/notifications.md}).
 */
public final class NotificationWorld {

    public final MutableClock clock = new MutableClock(AccountFixtures.NOW);
    public final InMemoryStaff staff = new InMemoryStaff();
    public final InMemoryContacts contacts = new InMemoryContacts();
    public final PortalFakes portal = new PortalFakes();
    public final InMemoryAccounts accounts = new InMemoryAccounts(contacts, staff, new io.portico.application.tag.InMemoryTags(),
            portal.users);
    public final InMemoryMailOutbox outbox = new InMemoryMailOutbox();
    public final InMemoryNotificationPreferences preferences = new InMemoryNotificationPreferences(accounts, contacts);
    public final InMemoryNotificationRecipients recipients = new InMemoryNotificationRecipients(accounts, contacts, portal.users,
            preferences);
    public final InMemoryNotificationDeliveries deliveries = new InMemoryNotificationDeliveries(outbox, accounts.archive());
    public final NotificationFixture firm = new NotificationFixture(staff, contacts, accounts);

    private final MailQueue queue = new MailQueue(new FakeMailRenderer(), outbox, clock);
    private final NotificationMails mails = new NotificationMails(portal.invitations(accounts, queue), new FixedLinks(),
            new FirmQueryService(portal.firms));

    private final NotificationMailer mailer = new NotificationMailer(mails, queue);
    private final PortalAddresses addresses = new PortalAddresses(portal.users, accounts);

    public final RaiseNotificationService raise = new RaiseNotificationService(recipients, deliveries, deliveries, mailer,
            new DirectTransactions(), clock);
    public final SendDigestsService digests = new SendDigestsService(deliveries, mailer, addresses, new DirectTransactions(), clock);
    public final NotificationPreferencesService choices = new NotificationPreferencesService(new Viewers(staff, accounts, accounts.archive()), accounts,
            addresses, preferences, preferences, new DirectTransactions());
    public final LockedCategoriesService locks = new LockedCategoriesService(preferences, new Administrators(staff),
            new DirectTransactions());
    public final NotificationDeliveriesService sent = new NotificationDeliveriesService(deliveries);

    public NotificationWorld() {
        portal.firms.create(new Firm(FirmId.random(), new FirmName("Studio Bianchi"), AccountFixtures.NOW));
    }
}
