package io.portico.application.message.port.in;

import io.portico.domain.account.AccountId;
import io.portico.domain.message.AttachmentId;
import io.portico.domain.portal.PortalUserId;
import io.portico.domain.shared.FileAttachment;
import java.util.List;
import java.util.Optional;

/**
 * Item 9: the portal's Messages, for a client in one of their accounts. An account where the client's
 * address has no LOGIN on now has no threads, no unread messages and no files, as if they did not exist.
 */
public interface PortalMessagesQuery {

    /** The account's threads, newest first, without their messages; each says whether it holds an unread one. */
    List<ThreadView> threads(PortalUserId client, AccountId account);

    /** The sidebar's count: messages of the account the client has not read (nor written). */
    int unread(PortalUserId client, AccountId account);

    Optional<FileAttachment> attachment(PortalUserId client, AccountId account, AttachmentId id);
}
