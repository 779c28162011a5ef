package io.portico.domain.contact;

import io.portico.domain.shared.PostalAddress;
import java.util.Objects;

/** A real person. Personal details live here, so they are the same on every linked account (F6). */
public record Contact(ContactId id, ContactName name, ContactEmails emails, String phone, PostalAddress address, long version) {

    public Contact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(emails, "emails");
        phone = phone == null ? "" : phone.strip();
        address = address == null ? PostalAddress.NONE : address;
    }

    public static Contact create(ContactName name, ContactEmails emails, String phone, PostalAddress address) {
        return new Contact(ContactId.random(), name, emails, phone, address, 0);
    }
}
