package io.portico.application.contact.port.in;

import io.portico.domain.contact.ContactEmails;
import io.portico.domain.contact.ContactId;
import io.portico.domain.contact.ContactName;
import io.portico.domain.shared.PostalAddress;
import io.portico.domain.staff.StaffId;
import java.util.Locale;
import java.util.Objects;

/**
 * F5, F6: a contact's personal details, saved over the version the user saw. {@code language} is the
 * editor's: the invitations a changed address gets (B5) are written in it.
 */
public record EditContactCommand(StaffId actor, ContactId contact, long version, ContactName name, ContactEmails emails,
                                 String phone, PostalAddress address, Locale language) {

    public EditContactCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(emails, "emails");
        Objects.requireNonNull(language, "language");
    }

    /** Invitations, if any, in English. */
    public EditContactCommand(StaffId actor, ContactId contact, long version, ContactName name, ContactEmails emails,
                              String phone, PostalAddress address) {
        this(actor, contact, version, name, emails, phone, address, Locale.ENGLISH);
    }
}
