package io.portico.application.contact.port.in;

import io.portico.domain.contact.ContactEmails;
import io.portico.domain.contact.ContactId;
import io.portico.domain.contact.ContactName;
import io.portico.domain.shared.Language;
import io.portico.domain.shared.PostalAddress;
import io.portico.domain.staff.StaffId;
import java.util.Objects;
import java.util.Optional;

/**
 * F5, F6: a contact's personal details, saved over the version the user saw, with the language mails to the
 * contact are written in (issue 11, item 3; empty: the firm's).
 */
public record EditContactCommand(StaffId actor, ContactId contact, long version, ContactName name, ContactEmails emails,
                                 String phone, PostalAddress address, Optional<Language> language) {

    public EditContactCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(emails, "emails");
        Objects.requireNonNull(language, "language");
    }
}
