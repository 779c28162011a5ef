package io.portico.application.email;

import io.portico.application.account.Viewers;
import io.portico.application.email.port.EmailThreadPage;
import io.portico.application.email.port.EmailThreadView;
import io.portico.application.email.port.ThreadCursor;
import io.portico.application.email.port.in.AccountEmailQuery;
import io.portico.application.email.port.out.EmailReadPort;
import io.portico.domain.account.AccountId;
import io.portico.domain.shared.FileAttachment;
import io.portico.domain.staff.StaffId;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Items 5, 6: an account's mail for staff. The viewer's right to see the account is asked afresh on every call
 * (F2), and every id is looked up among the account's EMAIL SYNC addresses only, so another account's thread or
 * file, or one the viewer may not see, reads as nothing.
 */
public final class AccountEmailService implements AccountEmailQuery {

    private final EmailReadPort reads;
    private final Viewers viewers;
    private final ThreadPages pages;

    public AccountEmailService(EmailReadPort reads, Viewers viewers) {
        this.reads = reads;
        this.viewers = viewers;
        this.pages = new ThreadPages(reads);
    }

    @Override
    public EmailThreadPage threads(StaffId viewer, AccountId account, Optional<ThreadCursor> after, int limit) {
        ThreadPages.checkLimit(limit);
        return pages.page(addresses(viewer, account), after, limit);
    }

    @Override
    public Optional<EmailThreadView> thread(StaffId viewer, AccountId account, UUID thread) {
        return reads.thread(addresses(viewer, account), thread);
    }

    @Override
    public Optional<FileAttachment> attachment(StaffId viewer, AccountId account, UUID attachment) {
        return reads.attachment(addresses(viewer, account), attachment);
    }

    private Set<String> addresses(StaffId viewer, AccountId account) {
        return viewers.visible(viewer, account).isPresent() ? reads.syncAddresses(account) : Set.of();
    }
}
