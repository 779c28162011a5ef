package io.portico.application.erasure;

import io.portico.application.account.InMemoryAccounts;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.InMemoryContacts;
import io.portico.application.contact.port.out.ContactListPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.erasure.port.out.ErasePort;
import io.portico.application.erasure.port.out.ErasureScopePort;
import io.portico.application.staff.InMemoryStaff;
import io.portico.application.staff.port.out.StaffPort;

class InMemoryErasureTest extends ErasurePortContract {

    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryContacts contacts = new InMemoryContacts();
    private final InMemoryAccounts accounts = new InMemoryAccounts(contacts, staff);
    private final InMemoryErasure erasure = new InMemoryErasure(accounts);

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
    protected ContactListPort links() {
        return accounts;
    }

    @Override
    protected ErasureScopePort scope() {
        return erasure;
    }

    @Override
    protected ErasePort erase() {
        return erasure;
    }
}
