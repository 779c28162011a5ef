package io.portico.application.contact.port;

import io.portico.domain.contact.ContactId;
import java.util.List;

/** E4: one line of Clients → Contacts, with the accounts the contact is linked to. */
public record ContactRow(ContactId id, String firstName, String lastName, String primaryEmail, List<String> accounts) {

    public ContactRow {
        accounts = List.copyOf(accounts);
    }

    public String name() {
        return firstName + " " + lastName;
    }
}
