package io.portico.application.message.port.in;

import io.portico.domain.account.AccountId;
import io.portico.domain.message.ThreadId;
import io.portico.domain.portal.PortalUserId;
import java.util.Optional;

/** Item 9: a client opens a thread of their current account in the portal, which marks it read for them. */
public interface OpenThreadUseCase {

    /** The thread with its messages; nothing for a thread of another account or one the client may not read. */
    Optional<ThreadView> open(PortalUserId client, AccountId account, ThreadId thread);
}
