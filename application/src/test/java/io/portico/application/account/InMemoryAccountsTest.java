package io.portico.application.account;

import io.portico.application.account.port.out.AccountListPort;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.InMemoryContacts;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.staff.InMemoryStaff;
import io.portico.application.staff.port.out.StaffPort;
import org.junit.jupiter.api.Nested;

class InMemoryAccountsTest {

    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryContacts contacts = new InMemoryContacts();
    private final InMemoryAccounts accounts = new InMemoryAccounts(contacts, staff);

    @Nested
    class Accounts extends AccountPortContract {

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
    }

    @Nested
    class List extends AccountListPortContract {

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
        protected AccountListPort list() {
            return accounts;
        }
    }

    @Nested
    class Notes extends NotePortContract {

        private final InMemoryNotes notes = new InMemoryNotes();

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
        protected io.portico.application.account.port.out.NotePort notes() {
            return notes;
        }
    }

    @Nested
    class Contacts extends io.portico.application.contact.ContactListPortContract {

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
        protected io.portico.application.contact.port.out.ContactListPort list() {
            return accounts;
        }
    }
}
