package io.portico.application.portal.port.out;

import io.portico.domain.account.AccountId;
import io.portico.domain.portal.UnlinkedEmail;
import io.portico.domain.shared.EmailAddress;
import java.util.List;

/**
 * B8: LOGIN kept by addresses that activated and then left their contact. {@link PortalAccessPort}
 * counts these as LOGIN on, next to the contacts' toggles.
 */
public interface UnlinkedAccessPort {

    /** Keeps the address's LOGIN on the account; an address already kept there stays as it was. */
    void keep(UnlinkedEmail email);

    /** The account's unlinked addresses, by address. */
    List<UnlinkedEmail> unlinked(AccountId account);

    /** Ends the address's LOGIN on the account; false when it held none there. */
    boolean remove(AccountId account, EmailAddress email);
}
