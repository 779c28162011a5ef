package io.portico.application.account;

import io.portico.application.account.port.out.AccountPort;
import io.portico.application.account.port.out.CustomFieldHistoryPort;
import io.portico.application.contact.InMemoryContacts;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.customfield.InMemoryCustomFields;
import io.portico.application.customfield.port.out.CustomFieldPort;
import io.portico.application.staff.InMemoryStaff;
import io.portico.application.staff.port.out.StaffPort;

class InMemoryCustomFieldHistoryTest extends CustomFieldHistoryPortContract {

    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryContacts contacts = new InMemoryContacts();
    private final InMemoryAccounts accounts = new InMemoryAccounts(contacts, staff);
    private final InMemoryCustomFields fields = new InMemoryCustomFields();
    private final InMemoryCustomFieldHistory history = new InMemoryCustomFieldHistory();

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
    protected CustomFieldPort fields() {
        return fields;
    }

    @Override
    protected CustomFieldHistoryPort history() {
        return history;
    }
}
