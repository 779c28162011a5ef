package io.portico.application.erasure.port.out;

import io.portico.application.erasure.port.ErasureCounts;
import io.portico.domain.account.AccountId;
import io.portico.domain.contact.ContactId;
import io.portico.domain.staff.StaffId;
import java.time.Instant;

/**
 * Removes an account, or a contact linked to no account, with all the data of its people, in set-based statements,
 * and replaces the person in the history that stays by a pseudonym. Callers check the rules (archived, unlinked).
 */
public interface ErasePort {

    /**
     * Locks the account's row until the caller's transaction ends: taken before the rules are checked, so a restore
     * committed meanwhile is seen by the check and an erasure cannot follow a restore.
     */
    void holdAccount(AccountId account);

    /** The account and every contact only it links go; contacts linked elsewhere are only unlinked. */
    ErasureCounts eraseAccount(AccountId account, StaffId by, Instant at);

    ErasureCounts eraseContact(ContactId contact, StaffId by, Instant at);
}
