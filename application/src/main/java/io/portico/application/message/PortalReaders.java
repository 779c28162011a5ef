package io.portico.application.message;

import io.portico.application.portal.port.out.PortalAccessPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.domain.account.AccountId;
import io.portico.domain.portal.PortalUser;
import io.portico.domain.portal.PortalUserId;
import java.util.Optional;

/** Item 9: a client reads an account's threads while the client's address has LOGIN on it — asked afresh each time (B6). */
public final class PortalReaders {

    private final PortalUserPort users;
    private final PortalAccessPort access;

    public PortalReaders(PortalUserPort users, PortalAccessPort access) {
        this.users = users;
        this.access = access;
    }

    /** The client, if it may read the account's threads now. */
    Optional<PortalUser> reading(PortalUserId client, AccountId account) {
        return users.findById(client).filter(user -> access.loginOn(account, user.email()));
    }

    boolean reads(PortalUserId client, AccountId account) {
        return reading(client, account).isPresent();
    }
}
