package io.portico.ui.portal;

import io.portico.domain.portal.PortalUserId;

/**
 * Lets a client into the portal right after signing up (B9). The portal's session decides how; until
 * it does, {@link #enter} answers false and the client is asked to log in.
 */
@FunctionalInterface
public interface PortalEntry {

    /** Signs the client in and opens the portal; false when the client has to log in themselves. */
    boolean enter(PortalUserId user);
}
