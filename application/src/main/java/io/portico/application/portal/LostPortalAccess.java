package io.portico.application.portal;

import io.portico.application.access.AccessEventListener;
import io.portico.application.portal.port.out.PortalAccessPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.session.port.out.CredentialEpochPort;
import io.portico.domain.account.access.AccessEvent;
import io.portico.domain.session.CredentialHolder;
import io.portico.domain.shared.EmailAddress;
import java.util.List;

/**
 * Issue 10: when an address loses its last LOGIN, its portal user's open sessions end on every node.
 * While another account still lets it in, the session stays, and the portal shows B6's "account gone".
 */
public final class LostPortalAccess implements AccessEventListener {

    private final PortalAccessPort access;
    private final PortalUserPort users;
    private final CredentialEpochPort epochs;

    public LostPortalAccess(PortalAccessPort access, PortalUserPort users, CredentialEpochPort epochs) {
        this.access = access;
        this.users = users;
        this.epochs = epochs;
    }

    @Override
    public List<AccessEvent> on(AccessEvent event) {
        switch (event) {
            case AccessEvent.LoginTurnedOff off -> endSessionsIfLockedOut(off.email());
            case AccessEvent.UnlinkedRevoked revoked -> endSessionsIfLockedOut(revoked.email());
            default -> {
            }
        }
        return List.of();
    }

    private void endSessionsIfLockedOut(EmailAddress email) {
        if (access.loginAccounts(email).isEmpty()) {
            users.findByEmail(email).ifPresent(user -> epochs.raise(new CredentialHolder.Portal(user.id())));
        }
    }
}
