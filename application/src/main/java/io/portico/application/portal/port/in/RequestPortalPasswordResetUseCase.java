package io.portico.application.portal.port.in;

/**
 * B11: mails a reset link to an address that has a portal login, and does the same visible nothing for
 * any other address, so that the portal never tells whether an address is known.
 */
public interface RequestPortalPasswordResetUseCase {

    void requestReset(RequestPortalPasswordResetCommand command);
}
