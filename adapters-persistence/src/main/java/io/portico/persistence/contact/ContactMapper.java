package io.portico.persistence.contact;

import io.portico.domain.contact.Contact;
import io.portico.domain.contact.ContactEmails;
import io.portico.domain.contact.ContactId;
import io.portico.domain.contact.ContactName;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.Language;
import io.portico.domain.shared.PostalAddress;
import io.portico.persistence.jooq.tables.records.ContactRecord;
import java.util.List;
import java.util.Optional;

/** Rows to contacts and back; the rows never leave this module. */
final class ContactMapper {

    private ContactMapper() {
    }

    /** The columns a contact's own details fill; id, version and who saved are the adapter's. */
    static ContactRecord details(Contact contact) {
        PostalAddress address = contact.address();
        var row = new ContactRecord();
        row.setFirstName(contact.name().first());
        row.setLastName(contact.name().last());
        row.setPhone(contact.phone());
        row.setStreet(address.street());
        row.setPostalCode(address.postalCode());
        row.setCity(address.city());
        row.setRegion(address.region());
        row.setCountry(address.country());
        row.setLanguage(contact.language().map(Language::code).orElse(null));
        return row;
    }

    /** {@code emails} as stored, primary first. */
    static Contact toContact(ContactRecord row, List<String> emails) {
        return new Contact(
                new ContactId(row.getId()),
                new ContactName(row.getFirstName(), row.getLastName()),
                new ContactEmails(emails.stream().map(EmailAddress::new).toList()),
                row.getPhone(),
                new PostalAddress(row.getStreet(), row.getPostalCode(), row.getCity(), row.getRegion(), row.getCountry()),
                row.getVersion())
                .withLanguage(Optional.ofNullable(row.getLanguage()).map(code -> Language.of("language", code)));
    }
}
