package io.portico.application.notification;

import io.portico.application.portal.port.out.PortalAccessPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.domain.account.AccountId;
import io.portico.domain.portal.PortalAccount;
import io.portico.domain.portal.PortalUser;
import io.portico.domain.portal.PortalUserId;
import io.portico.domain.shared.EmailAddress;
import java.util.List;
import java.util.Optional;

/** A client's address as notifications see it: whose it is, where it has LOGIN on, and whether it still waits for activation. */
public final class PortalAddresses {

    private final PortalUserPort users;
    private final PortalAccessPort access;

    public PortalAddresses(PortalUserPort users, PortalAccessPort access) {
        this.users = users;
        this.access = access;
    }

    /** The portal user's address; empty for an unknown user. */
    Optional<EmailAddress> of(PortalUserId user) {
        return users.findById(user).map(PortalUser::email);
    }

    /** The accounts where the address has LOGIN on. */
    List<AccountId> loginAccounts(EmailAddress email) {
        return access.loginAccounts(email).stream().map(PortalAccount::id).toList();
    }

    /** C3, as the digest goes: LOGIN on somewhere and not activated yet. */
    boolean pending(EmailAddress email) {
        return users.findByEmail(email).isEmpty() && !access.loginAccounts(email).isEmpty();
    }
}
