package io.portico.application.account;

import io.portico.application.account.port.out.AccountPort;
import io.portico.application.account.port.out.RelatedAccountsPort;
import io.portico.application.contact.InMemoryContacts;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.staff.InMemoryStaff;
import io.portico.application.staff.port.out.StaffPort;

class InMemoryRelatedAccountsTest extends RelatedAccountsPortContract {

    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryContacts contacts = new InMemoryContacts();
    private final InMemoryAccounts accounts = new InMemoryAccounts(contacts, staff);
    private final InMemoryRelatedAccounts related = new InMemoryRelatedAccounts(accounts);

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
    protected RelatedAccountsPort related() {
        return related;
    }
}
