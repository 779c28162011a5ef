package io.portico.application.portal.port.out;

import io.portico.domain.portal.PortalAccount;
import io.portico.domain.account.AccountId;
import io.portico.domain.shared.EmailAddress;
import java.util.List;

/** Which accounts an address may log in to: LOGIN on for it, read at the moment of asking (B6, B7). */
public interface PortalAccessPort {

    /** By account name. */
    List<PortalAccount> loginAccounts(EmailAddress email);

    boolean loginOn(AccountId account, EmailAddress email);
}
