package io.portico.application.account.port.in;

import io.portico.domain.access.EmailAccess;
import io.portico.domain.contact.ContactEmails;
import io.portico.domain.contact.ContactId;
import io.portico.domain.contact.ContactName;
import io.portico.domain.shared.PostalAddress;
import java.util.List;
import java.util.Objects;

/** A8: a contact on the Contacts step — an existing one to link, or a new one to create. */
public sealed interface ContactEntry {

    String description();

    List<EmailAccess> access();

    record LinkExisting(ContactId contact, String description, List<EmailAccess> access) implements ContactEntry {
        public LinkExisting {
            Objects.requireNonNull(contact, "contact");
            access = List.copyOf(access);
        }
    }

    record CreateNew(ContactName name, ContactEmails emails, String phone, PostalAddress address, String description,
                     List<EmailAccess> access) implements ContactEntry {
        public CreateNew {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(emails, "emails");
            access = List.copyOf(access);
        }
    }
}
