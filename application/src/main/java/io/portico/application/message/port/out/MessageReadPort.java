package io.portico.application.message.port.out;

import io.portico.domain.account.AccountId;
import io.portico.domain.message.ThreadId;
import io.portico.domain.portal.PortalUserId;
import java.time.Instant;
import java.util.Set;

/**
 * Item 9: what each portal user has read. A message is unread by a user when the user did not write it
 * and it came after the user last opened its thread (or the user never did).
 */
public interface MessageReadPort {

    /** The user opened the thread at this moment; an earlier moment never moves a later mark back. */
    void markRead(ThreadId thread, PortalUserId user, Instant at);

    /** The messages of the account's threads unread by the user: the portal sidebar's count. */
    int unread(AccountId account, PortalUserId user);

    /** The account's threads holding a message unread by the user. */
    Set<ThreadId> unreadThreads(AccountId account, PortalUserId user);
}
