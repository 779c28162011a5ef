package io.portico.application.email.port.out;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Item 7: the headers of a synced message a member answers, found only among the mail of the given addresses. */
public interface RepliedMessagePort {

    /**
     * @param addressKeys the account's EMAIL SYNC addresses, as lookup keys
     * @return the message if one of its From/To/Cc addresses is among {@code addressKeys}; otherwise nothing
     */
    Optional<RepliedMessage> find(UUID message, Set<String> addressKeys);
}
