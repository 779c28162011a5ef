package io.portico.application.email.port.in;

import io.portico.application.email.port.EmailThreadPage;
import io.portico.application.email.port.EmailThreadView;
import io.portico.application.email.port.ThreadCursor;
import io.portico.domain.account.AccountId;
import io.portico.domain.portal.PortalUserId;
import io.portico.domain.shared.FileAttachment;
import java.util.Optional;
import java.util.UUID;

/**
 * Item 10 (D4): the portal's Email tab — the mail between the firm and the client's own address, read-only, while
 * that address has LOGIN and EMAIL SYNC on the account. Other contacts' mail, and anything else, reads as nothing.
 */
public interface PortalEmailQuery {

    /** Whether the client's Email tab is shown on the account now. */
    boolean shown(PortalUserId client, AccountId account);

    /** A page of the client's threads on the account, newest first, after {@code after}. */
    EmailThreadPage threads(PortalUserId client, AccountId account, Optional<ThreadCursor> after, int limit);

    Optional<EmailThreadView> thread(PortalUserId client, AccountId account, UUID thread);

    Optional<FileAttachment> attachment(PortalUserId client, AccountId account, UUID attachment);
}
