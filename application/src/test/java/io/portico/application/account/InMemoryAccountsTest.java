package io.portico.application.account;

import io.portico.application.account.port.out.AccountListPort;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.InMemoryContacts;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.customfield.InMemoryCustomFields;
import io.portico.application.customfield.port.out.CustomFieldPort;
import io.portico.application.staff.InMemoryStaff;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.application.tag.InMemoryTags;
import io.portico.application.tag.port.out.TagPort;
import org.junit.jupiter.api.Nested;

class InMemoryAccountsTest {

    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryTags tags = new InMemoryTags();
    private final InMemoryCustomFields fields = new InMemoryCustomFields();
    private final InMemoryContacts contacts = new InMemoryContacts(tags);
    private final io.portico.application.portal.InMemoryPortalUsers portalUsers = new io.portico.application.portal.InMemoryPortalUsers();
    private final InMemoryAccounts accounts = new InMemoryAccounts(contacts, staff, tags, portalUsers);

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

        @Override
        protected TagPort tags() {
            return tags;
        }

        @Override
        protected CustomFieldPort fields() {
            return fields;
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

        @Override
        protected io.portico.application.portal.port.out.UnlinkedAccessPort unlinked() {
            return accounts;
        }

        @Override
        protected io.portico.application.portal.port.out.PortalUserPort users() {
            return portalUsers;
        }

        @Override
        protected TagPort tags() {
            return tags;
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

        @Override
        protected TagPort tags() {
            return tags;
        }
    }

    @Nested
    class Photos extends AccountPhotoPortContract {

        private final InMemoryAccountPhotos photos = new InMemoryAccountPhotos();

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
        protected io.portico.application.account.port.out.AccountPhotoPort photos() {
            return photos;
        }
    }

    @Nested
    class Layouts extends AccountListLayoutPortContract {

        private final InMemoryAccountListLayouts layouts = new InMemoryAccountListLayouts();

        @Override
        protected StaffPort staff() {
            return staff;
        }

        @Override
        protected io.portico.application.account.port.out.AccountListLayoutPort layouts() {
            return layouts;
        }
    }
}
