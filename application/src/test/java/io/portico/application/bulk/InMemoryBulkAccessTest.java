package io.portico.application.bulk;

import io.portico.application.access.AccessReactions;
import io.portico.application.access.port.out.LoadAccessPort;
import io.portico.application.account.InMemoryAccounts;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.bulk.port.out.BulkAccessPort;
import io.portico.application.contact.InMemoryContacts;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.link.port.out.MailedLinkPort;
import io.portico.application.notification.InMemoryNotificationPreferences;
import io.portico.application.portal.InvitationReactions;
import io.portico.application.portal.LostPortalAccess;
import io.portico.application.portal.PortalFakes;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.session.InMemoryCredentialEpochs;
import io.portico.application.shared.MutableClock;
import io.portico.application.staff.InMemoryStaff;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.application.tag.InMemoryTags;
import io.portico.domain.account.AccountId;
import io.portico.domain.job.JobId;
import io.portico.domain.notification.NotificationPreferences;
import io.portico.domain.portal.PortalUser;
import io.portico.domain.session.CredentialHolder;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.staff.StaffMember;
import java.util.List;

class InMemoryBulkAccessTest extends BulkAccessPortContract {

    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryContacts contacts = new InMemoryContacts();
    private final PortalFakes portal = new PortalFakes();
    private final InMemoryAccounts accounts = new InMemoryAccounts(contacts, staff, new InMemoryTags(), portal.users);
    private final InMemoryCredentialEpochs epochs = new InMemoryCredentialEpochs();
    private final InMemoryNotificationPreferences preferences = new InMemoryNotificationPreferences(accounts, contacts);
    private final InMemoryBulkAccess bulk = new InMemoryBulkAccess(accounts, new AccessReactions(List.of(
            new InvitationReactions(portal.invitations(accounts, MutableClock.startingAt("2026-04-01T09:00:00Z")), accounts),
            new LostPortalAccess(accounts, portal.users, epochs))), preferences);

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
    protected PortalUserPort users() {
        return portal.users;
    }

    @Override
    protected MailedLinkPort links() {
        return portal.links;
    }

    @Override
    protected LoadAccessPort load() {
        return accounts;
    }

    @Override
    protected BulkAccessPort bulk() {
        return bulk;
    }

    @Override
    protected JobId aJob(StaffMember by) {
        return JobId.random();
    }

    @Override
    protected long epoch(PortalUser user) {
        return epochs.epoch(new CredentialHolder.Portal(user.id()));
    }

    @Override
    protected NotificationPreferences preferences(AccountId account, EmailAddress email) {
        return preferences.load(account, email);
    }
}
