package io.portico.application.account;

import io.portico.application.access.AccessReactions;
import io.portico.application.account.port.out.AccountArchivePort;
import io.portico.application.account.port.out.AccountFiguresPort;
import io.portico.application.account.port.out.AccountListPort;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.bulk.InMemoryBulkAccess;
import io.portico.application.bulk.port.out.BulkAccessPort;
import io.portico.application.contact.InMemoryContacts;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.notification.InMemoryNotificationPreferences;
import io.portico.application.notification.InMemoryNotificationRecipients;
import io.portico.application.notification.port.out.NotificationRecipientsPort;
import io.portico.application.portal.InMemoryPortalUsers;
import io.portico.application.portal.port.out.PortalAccessPort;
import io.portico.application.staff.InMemoryStaff;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.application.tag.InMemoryTags;
import java.util.List;

class InMemoryArchivedAccountsTest extends ArchivedAccountsContract {

    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryContacts contacts = new InMemoryContacts();
    private final InMemoryPortalUsers users = new InMemoryPortalUsers();
    private final InMemoryAccounts accounts = new InMemoryAccounts(contacts, staff, new InMemoryTags(), users);
    private final InMemoryNotificationPreferences preferences = new InMemoryNotificationPreferences(accounts, contacts);

    @Override
    protected StaffPort staff() {
        return staff;
    }

    @Override
    protected ContactPort contacts() {
        return contacts;
    }

    @Override
    protected AccountPort accounts() {
        return accounts;
    }

    @Override
    protected AccountArchivePort archive() {
        return accounts.archive();
    }

    @Override
    protected AccountListPort list() {
        return accounts;
    }

    @Override
    protected AccountFiguresPort figures() {
        return accounts;
    }

    @Override
    protected PortalAccessPort portalAccess() {
        return accounts;
    }

    @Override
    protected NotificationRecipientsPort recipients() {
        return new InMemoryNotificationRecipients(accounts, contacts, users, preferences);
    }

    @Override
    protected BulkAccessPort bulk() {
        return new InMemoryBulkAccess(accounts, new AccessReactions(List.of()), preferences);
    }
}
