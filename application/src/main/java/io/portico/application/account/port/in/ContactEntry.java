package io.portico.application.account.port.in;

import io.portico.domain.access.EmailAccess;
import io.portico.domain.contact.ContactEmails;
import io.portico.domain.contact.ContactId;
import io.portico.domain.contact.ContactName;
import io.portico.domain.shared.PostalAddress;
import io.portico.domain.tag.TagId;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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

    /** {@code tags} are contact tags (A5). */
    record CreateNew(ContactName name, ContactEmails emails, String phone, PostalAddress address, String description,
                     List<EmailAccess> access, Set<TagId> tags) implements ContactEntry {
        public CreateNew {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(emails, "emails");
            access = List.copyOf(access);
            tags = tags == null ? Set.of() : Set.copyOf(tags);
        }

        public CreateNew(ContactName name, ContactEmails emails, String phone, PostalAddress address, String description,
                         List<EmailAccess> access) {
            this(name, emails, phone, address, description, access, Set.of());
        }
    }
}
