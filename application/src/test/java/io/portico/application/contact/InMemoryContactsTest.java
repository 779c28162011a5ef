package io.portico.application.contact;

import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.customfield.InMemoryCustomFields;
import io.portico.application.customfield.port.out.CustomFieldPort;
import io.portico.application.staff.InMemoryStaff;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.application.tag.InMemoryTags;
import io.portico.application.tag.port.out.TagPort;

class InMemoryContactsTest extends ContactPortContract {

    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryTags tags = new InMemoryTags();
    private final InMemoryCustomFields fields = new InMemoryCustomFields();
    private final InMemoryContacts contacts = new InMemoryContacts(tags);

    @Override
    protected StaffPort staff() {
        return staff;
    }

    @Override
    protected ContactPort contacts() {
        return contacts;
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
