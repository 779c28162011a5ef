package io.portico.application.contact.port.in;

import io.portico.domain.staff.StaffId;
import java.util.Optional;

/** A8: before creating a contact, the one that already owns an address is offered instead. */
public interface FindContactQuery {

    /**
     * The contact owning this address, if the viewer may see it (F2; issue 10, item 14); empty for an
     * unknown or malformed address, and for a contact only on accounts the viewer may not see.
     */
    Optional<ContactSummary> byEmail(StaffId viewer, String email);
}
