package io.portico.application.email.port.in;

import io.portico.application.email.port.EmailThreadPage;
import io.portico.application.email.port.EmailThreadView;
import io.portico.application.email.port.ThreadCursor;
import io.portico.domain.account.AccountId;
import io.portico.domain.shared.FileAttachment;
import io.portico.domain.staff.StaffId;
import java.util.Optional;
import java.util.UUID;

/**
 * Items 5, 6: an account's synced mail for staff who may see the account (F2) — the mail exchanged with its
 * addresses that have EMAIL SYNC on now. Whatever the viewer may not see reads as nothing, as if it did not exist.
 */
public interface AccountEmailQuery {

    /** At most this many threads on a page. */
    int MAX_PAGE = 100;

    /** A page of the account's threads, newest first, after {@code after} (the first page without one). */
    EmailThreadPage threads(StaffId viewer, AccountId account, Optional<ThreadCursor> after, int limit);

    /** A thread of the account, with only the account's messages in it. */
    Optional<EmailThreadView> thread(StaffId viewer, AccountId account, UUID thread);

    /** A kept file of one of the account's messages. */
    Optional<FileAttachment> attachment(StaffId viewer, AccountId account, UUID attachment);
}
