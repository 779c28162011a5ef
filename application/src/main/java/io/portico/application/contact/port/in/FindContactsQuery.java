package io.portico.application.contact.port.in;

import io.portico.application.contact.port.ContactListRequest;
import io.portico.application.contact.port.ContactRow;
import io.portico.domain.contact.ContactId;
import io.portico.domain.staff.StaffId;
import java.util.List;
import java.util.Optional;

/** E4 and F6 for the signed-in staff member: only contacts of accounts they may see. */
public interface FindContactsQuery {

    /** Its {@code visibleTo} is set from the viewer's rights, whatever was given. */
    List<ContactRow> page(StaffId viewer, ContactListRequest request);

    /** The contact's details for editing; empty if unknown or not the viewer's to see. */
    Optional<io.portico.domain.contact.Contact> contact(StaffId viewer, ContactId contact);
}
