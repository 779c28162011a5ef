package io.portico.application.contact.port.out;

import io.portico.application.contact.port.ContactListRequest;
import io.portico.application.contact.port.ContactRow;
import io.portico.domain.account.AccountId;
import io.portico.domain.contact.ContactId;
import java.util.List;

/** Read side of contacts. */
public interface ContactListPort {

    List<ContactRow> page(ContactListRequest request);

    /** The accounts this contact is linked to. */
    List<AccountId> linkedAccounts(ContactId contact);
}
