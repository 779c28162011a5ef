package io.portico.application.session;

import io.portico.application.session.port.in.SessionValidityQuery;
import io.portico.application.session.port.out.CredentialEpochPort;
import io.portico.domain.session.CredentialHolder;

public final class SessionValidityService implements SessionValidityQuery {

    private final CredentialEpochPort epochs;

    public SessionValidityService(CredentialEpochPort epochs) {
        this.epochs = epochs;
    }

    @Override
    public long currentEpoch(CredentialHolder holder) {
        return epochs.epoch(holder);
    }
}
