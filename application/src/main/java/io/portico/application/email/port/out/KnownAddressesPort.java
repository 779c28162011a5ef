package io.portico.application.email.port.out;

import java.util.Set;

/** Item 4: which addresses belong to a contact in the CRM — the mail worth keeping. */
public interface KnownAddressesPort {

    /** @return those of the lookup keys that are a contact's address, in one query */
    Set<String> known(Set<String> addressKeys);
}
