package io.portico.application.access.port.out;

import io.portico.domain.account.AccountId;
import io.portico.domain.account.access.AccountAccess;
import io.portico.domain.shared.EmailAddress;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/** Reads the access of an account, as one aggregate, for a change to it. */
public interface LoadAccessPort {

    /** Each linked contact's addresses as they are now with their toggles, the unlinked ones, and who activated. */
    Optional<AccountAccess> load(AccountId account);

    /** Which of these addresses have a portal user (B1, B5: they need no invitation). */
    Set<EmailAddress> activated(Collection<EmailAddress> emails);
}
