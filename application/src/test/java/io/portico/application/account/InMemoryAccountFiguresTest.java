package io.portico.application.account;

import io.portico.application.account.port.out.AccountFiguresPort;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.InMemoryContacts;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.portal.InMemoryPortalUsers;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.portal.port.out.UnlinkedAccessPort;
import io.portico.application.staff.InMemoryStaff;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.application.tag.InMemoryTags;

class InMemoryAccountFiguresTest extends AccountFiguresPortContract {

    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryTags tags = new InMemoryTags();
    private final InMemoryContacts contacts = new InMemoryContacts(tags);
    private final InMemoryPortalUsers portalUsers = new InMemoryPortalUsers();
    private final InMemoryAccounts accounts = new InMemoryAccounts(contacts, staff, tags, portalUsers);

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
    protected AccountFiguresPort figures() {
        return accounts;
    }

    @Override
    protected UnlinkedAccessPort unlinked() {
        return accounts;
    }

    @Override
    protected PortalUserPort users() {
        return portalUsers;
    }
}
