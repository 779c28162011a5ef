package io.portico.application.message;

import io.portico.application.account.InMemoryAccounts;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.InMemoryContacts;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.message.port.out.MessagePort;
import io.portico.application.message.port.out.MessageReadPort;
import io.portico.application.message.port.out.VisibleAccountsPort;
import io.portico.application.portal.InMemoryPortalUsers;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.staff.InMemoryStaff;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.application.tag.InMemoryTags;

class InMemoryMessagesTest extends MessagePortContract {

    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryContacts contacts = new InMemoryContacts();
    private final InMemoryPortalUsers users = new InMemoryPortalUsers();
    private final InMemoryAccounts accounts = new InMemoryAccounts(contacts, staff, new InMemoryTags(), users);
    private final InMemoryMessages messages = new InMemoryMessages();
    private final InMemoryVisibleAccounts visible = new InMemoryVisibleAccounts(accounts, accounts.archive());

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
    protected MessagePort messages() {
        return messages;
    }

    @Override
    protected MessageReadPort reads() {
        return messages;
    }

    @Override
    protected VisibleAccountsPort visibleAccounts() {
        return visible;
    }

    @Override
    protected io.portico.application.account.port.out.AccountArchivePort archive() {
        return accounts.archive();
    }
}
