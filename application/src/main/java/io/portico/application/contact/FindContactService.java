package io.portico.application.contact;

import io.portico.application.contact.port.in.ContactSummary;
import io.portico.application.contact.port.in.FindContactQuery;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import java.util.Optional;

public final class FindContactService implements FindContactQuery {

    private final ContactPort contacts;

    public FindContactService(ContactPort contacts) {
        this.contacts = contacts;
    }

    @Override
    public Optional<ContactSummary> byEmail(String email) {
        try {
            return contacts.findByEmail(new EmailAddress(email)).map(c -> new ContactSummary(c.id(), c.name().full(),
                    c.emails().all().stream().map(EmailAddress::value).toList()));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }
}
