package io.portico.application.portal;

import io.portico.application.account.InMemoryAccounts;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.InMemoryContacts;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.link.InMemoryMailedLinks;
import io.portico.application.link.port.out.MailedLinkPort;
import io.portico.application.portal.port.out.PendingActivationPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.staff.InMemoryStaff;
import io.portico.application.staff.port.out.StaffPort;

class InMemoryPendingActivationsTest extends PendingActivationPortContract {

    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryContacts contacts = new InMemoryContacts();
    private final InMemoryAccounts accounts = new InMemoryAccounts(contacts, staff);
    private final InMemoryPortalUsers users = new InMemoryPortalUsers();
    private final InMemoryMailedLinks links = new InMemoryMailedLinks();
    private final InMemoryPendingActivations pending = new InMemoryPendingActivations(accounts, contacts, users, links);

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
        return users;
    }

    @Override
    protected MailedLinkPort links() {
        return links;
    }

    @Override
    protected PendingActivationPort pending() {
        return pending;
    }

    @Override
    protected io.portico.application.account.port.out.AccountArchivePort archive() {
        return accounts.archive();
    }
}
