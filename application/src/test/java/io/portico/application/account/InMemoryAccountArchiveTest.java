package io.portico.application.account;

import io.portico.application.account.port.out.AccountArchivePort;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.InMemoryContacts;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.staff.InMemoryStaff;
import io.portico.application.staff.port.out.StaffPort;

class InMemoryAccountArchiveTest extends AccountArchivePortContract {

    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryContacts contacts = new InMemoryContacts();
    private final AccountPort accounts = new InMemoryAccounts(contacts, staff);
    private final AccountArchivePort archive = new InMemoryAccountArchive();

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
        return archive;
    }
}
