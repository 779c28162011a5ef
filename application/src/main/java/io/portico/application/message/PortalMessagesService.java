package io.portico.application.message;

import io.portico.application.message.port.in.OpenThreadUseCase;
import io.portico.application.message.port.in.PortalMessagesQuery;
import io.portico.application.message.port.in.ThreadView;
import io.portico.application.message.port.out.MessagePort;
import io.portico.application.message.port.out.MessageReadPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.account.AccountId;
import io.portico.domain.message.AttachmentId;
import io.portico.domain.message.ThreadId;
import io.portico.domain.portal.PortalUserId;
import io.portico.domain.shared.FileAttachment;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Item 9: the portal's Messages — the current account's threads, unread counts, opening a thread, its files. */
public final class PortalMessagesService implements PortalMessagesQuery, OpenThreadUseCase {

    /** More threads than a client scrolls through; older ones stay stored. */
    static final int SHOWN = 200;

    private final MessagePort messages;
    private final MessageReadPort reads;
    private final PortalReaders readers;
    private final MessageViews views;
    private final Transactions transactions;
    private final Clock clock;

    public PortalMessagesService(MessagePort messages, MessageReadPort reads, PortalReaders readers, MessageViews views,
                                 Transactions transactions, Clock clock) {
        this.messages = messages;
        this.reads = reads;
        this.readers = readers;
        this.views = views;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public List<ThreadView> threads(PortalUserId client, AccountId account) {
        if (!readers.reads(client, account)) {
            return List.of();
        }
        Set<ThreadId> unread = reads.unreadThreads(account, client);
        return messages.threads(account, SHOWN).stream().map(thread -> MessageViews.summary(thread, unread.contains(thread.id()))).toList();
    }

    @Override
    public int unread(PortalUserId client, AccountId account) {
        return readers.reads(client, account) ? reads.unread(account, client) : 0;
    }

    @Override
    public Optional<FileAttachment> attachment(PortalUserId client, AccountId account, AttachmentId id) {
        return messages.file(id).filter(stored -> stored.account().equals(account) && readers.reads(client, account))
                .map(MessagePort.StoredFile::file);
    }

    @Override
    public Optional<ThreadView> open(PortalUserId client, AccountId account, ThreadId id) {
        return messages.thread(id).filter(thread -> thread.account().equals(account) && readers.reads(client, account))
                .map(thread -> {
                    transactions.inTransaction(() -> reads.markRead(id, client, clock.instant()));
                    return views.forClient(thread);
                });
    }
}
