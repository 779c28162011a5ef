package io.portico.application.contact.port.in;

import io.portico.application.contact.port.ContactMatch;
import io.portico.domain.staff.StaffId;
import java.util.List;

/** Issue 12, item 8: the existing contacts to pick from when adding one to an account, new or not. */
public interface SearchContactsQuery {

    /**
     * Contacts whose name or an address contains the fragment, only those the viewer may link (F2: through an
     * account they may see, or on no account); nothing for fewer than two characters.
     */
    List<ContactMatch> search(StaffId viewer, String fragment, int limit);
}
