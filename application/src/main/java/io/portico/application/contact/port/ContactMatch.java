package io.portico.application.contact.port;

import io.portico.domain.contact.ContactId;
import java.util.List;

/** Issue 12, item 8: a contact whose name or an address contains what was typed, with all its addresses, to pick it. */
public record ContactMatch(ContactId id, String name, List<String> emails) {

    public ContactMatch {
        emails = List.copyOf(emails);
    }
}
