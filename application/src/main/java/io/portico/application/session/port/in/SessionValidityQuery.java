package io.portico.application.session.port.in;

import io.portico.domain.session.CredentialHolder;

/** Whether a session signed in with an epoch may go on: asked on each request by a filter. */
public interface SessionValidityQuery {

    long currentEpoch(CredentialHolder holder);
}
