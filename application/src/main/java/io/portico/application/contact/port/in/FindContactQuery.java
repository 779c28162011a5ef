package io.portico.application.contact.port.in;

import java.util.Optional;

/** A8: before creating a contact, the one that already owns an address is offered instead. */
public interface FindContactQuery {

    /** The contact owning this address; empty for an unknown or malformed address. */
    Optional<ContactSummary> byEmail(String email);
}
