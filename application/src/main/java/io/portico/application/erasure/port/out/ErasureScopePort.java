package io.portico.application.erasure.port.out;

import io.portico.application.erasure.port.ErasureCounts;
import io.portico.domain.account.AccountId;
import io.portico.domain.contact.ContactId;

/** Counts what erasing would remove, by the same rules as {@link ErasePort}, without changing anything. */
public interface ErasureScopePort {

    ErasureCounts ofAccount(AccountId account);

    ErasureCounts ofContact(ContactId contact);
}
