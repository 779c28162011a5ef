package io.portico.application.access;

import io.portico.application.access.port.out.LoadAccessPort;
import io.portico.application.access.port.out.SaveAccessPort;
import io.portico.application.account.InMemoryAccounts;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.InMemoryContacts;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.portal.InMemoryPortalUsers;
import io.portico.application.portal.port.out.PortalAccessPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.portal.port.out.UnlinkedAccessPort;
import io.portico.application.staff.InMemoryStaff;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.application.tag.InMemoryTags;

class InMemoryAccessTest extends AccessPortContract {

    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryContacts contacts = new InMemoryContacts();
    private final InMemoryPortalUsers users = new InMemoryPortalUsers();
    private final InMemoryAccounts accounts = new InMemoryAccounts(contacts, staff, new InMemoryTags(), users);

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
    protected UnlinkedAccessPort unlinked() {
        return accounts;
    }

    @Override
    protected PortalAccessPort portalAccess() {
        return accounts;
    }

    @Override
    protected LoadAccessPort load() {
        return accounts;
    }

    @Override
    protected SaveAccessPort save() {
        return accounts;
    }
}
