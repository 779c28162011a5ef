package io.portico.application.contact.port.out;

import io.portico.application.contact.port.ContactListRequest;
import io.portico.application.contact.port.ContactMatch;
import io.portico.application.contact.port.ContactRow;
import io.portico.domain.account.AccountId;
import io.portico.domain.contact.ContactId;
import io.portico.domain.staff.StaffId;
import java.util.List;
import java.util.Optional;

/** Read side of contacts. */
public interface ContactListPort {

    List<ContactRow> page(ContactListRequest request);

    /** The accounts this contact is linked to. */
    List<AccountId> linkedAccounts(ContactId contact);

    /**
     * Issue 12, item 8: contacts whose full name or an address contains the fragment (case-insensitive), those
     * starting with it first, then by name.
     *
     * @param linkableBy only contacts linked to an account whose team has this member, or to no account at all;
     *                   empty for every contact
     */
    List<ContactMatch> matching(String fragment, Optional<StaffId> linkableBy, int limit);
}
