package io.portico.application.account.port.in;

import io.portico.application.audit.port.in.AccessChange;
import io.portico.domain.account.Account;
import io.portico.domain.contact.Contact;
import java.util.List;

/** F1–F5: an account with its linked contacts (alphabetical) and its latest access changes. */
public record AccountProfile(Account account, List<Contact> contacts, List<AccessChange> accessHistory, boolean editable) {

    public AccountProfile {
        contacts = List.copyOf(contacts);
        accessHistory = List.copyOf(accessHistory);
    }
}
