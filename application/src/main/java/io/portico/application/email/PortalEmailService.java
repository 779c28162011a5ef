package io.portico.application.email;

import io.portico.application.email.port.EmailThreadPage;
import io.portico.application.email.port.EmailThreadView;
import io.portico.application.email.port.ThreadCursor;
import io.portico.application.email.port.in.PortalEmailQuery;
import io.portico.application.email.port.out.EmailReadPort;
import io.portico.application.portal.port.out.PortalAccessPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.domain.account.AccountId;
import io.portico.domain.portal.PortalUserId;
import io.portico.domain.shared.FileAttachment;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Item 10 (D4): a client's own mail on the current account. The client's address must have LOGIN (to be in the
 * portal, B6) and EMAIL SYNC on the account, asked afresh on every call; only that address is matched, never
 * those of the account's other contacts.
 */
public final class PortalEmailService implements PortalEmailQuery {

    private final EmailReadPort reads;
    private final PortalUserPort users;
    private final PortalAccessPort access;
    private final ThreadPages pages;

    public PortalEmailService(EmailReadPort reads, PortalUserPort users, PortalAccessPort access) {
        this.reads = reads;
        this.users = users;
        this.access = access;
        this.pages = new ThreadPages(reads);
    }

    @Override
    public boolean shown(PortalUserId client, AccountId account) {
        return !ownAddress(client, account).isEmpty();
    }

    @Override
    public EmailThreadPage threads(PortalUserId client, AccountId account, Optional<ThreadCursor> after, int limit) {
        ThreadPages.checkLimit(limit);
        return pages.page(ownAddress(client, account), after, limit);
    }

    @Override
    public Optional<EmailThreadView> thread(PortalUserId client, AccountId account, UUID thread) {
        return reads.thread(ownAddress(client, account), thread);
    }

    @Override
    public Optional<FileAttachment> attachment(PortalUserId client, AccountId account, UUID attachment) {
        return reads.attachment(ownAddress(client, account), attachment);
    }

    /** The client's address as a lookup key when it has LOGIN and EMAIL SYNC on the account; otherwise none. */
    private Set<String> ownAddress(PortalUserId client, AccountId account) {
        return users.findById(client).filter(user -> access.loginOn(account, user.email())).map(user -> user.email().lookupKey())
                .filter(key -> reads.syncAddresses(account).contains(key)).map(Set::of).orElse(Set.of());
    }
}
