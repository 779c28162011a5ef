package io.portico.application.contact.port;

import io.portico.domain.staff.StaffId;
import java.util.Optional;

/**
 * A page of contacts by last name, first name, id — keyset pagination after the given row.
 *
 * @param visibleTo only contacts linked to an account whose team has this member; empty for all
 */
public record ContactListRequest(Optional<StaffId> visibleTo, Optional<ContactRow> after, int limit) {

    public ContactListRequest {
        if (limit < 1 || limit > 500) {
            throw new IllegalArgumentException("limit must be 1..500");
        }
    }

    public ContactListRequest after(ContactRow last) {
        return new ContactListRequest(visibleTo, Optional.of(last), limit);
    }
}
