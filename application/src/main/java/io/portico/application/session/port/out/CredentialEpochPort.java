package io.portico.application.session.port.out;

import io.portico.domain.session.CredentialHolder;

/**
 * "Sessions end everywhere": the credential epoch of a staff member or portal user. Raising it ends
 * every session signed in with an older one, on any node, at its next request (a password change, a
 * deactivation, a role change, lost portal access, a two-factor reset).
 */
public interface CredentialEpochPort {

    /** The current epoch; 0 for someone never raised, and for someone unknown. */
    long epoch(CredentialHolder holder);

    /** Raises the epoch by one and returns the new one. */
    long raise(CredentialHolder holder);
}
