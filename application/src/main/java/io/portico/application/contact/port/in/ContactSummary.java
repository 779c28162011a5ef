package io.portico.application.contact.port.in;

import io.portico.domain.contact.ContactId;
import java.util.List;

/** Enough of a contact to recognise and pick it. */
public record ContactSummary(ContactId id, String name, List<String> emails) {

    public ContactSummary {
        emails = List.copyOf(emails);
    }
}
