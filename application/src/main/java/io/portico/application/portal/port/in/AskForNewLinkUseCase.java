package io.portico.application.portal.port.in;

import io.portico.domain.shared.SecretToken;

/** B2: from the page of a link that no longer works, the client asks the firm for a new one. */
public interface AskForNewLinkUseCase {

    /**
     * Tells the account's team, once per link, that its client asks for a new invitation. Does the
     * same visible nothing for an unknown link, so the page reveals nothing about tokens.
     */
    void ask(SecretToken token);
}
