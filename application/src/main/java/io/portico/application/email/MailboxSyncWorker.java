package io.portico.application.email;

import io.portico.application.email.port.in.SyncMailboxesUseCase;
import io.portico.application.email.port.out.MailboxLeasePort;
import io.portico.application.email.port.out.MailboxLeasePort.LeasedMailbox;
import io.portico.application.email.port.out.MailboxReaderPort;
import io.portico.application.email.port.out.MailboxReaderPort.FetchedBatch;
import io.portico.application.email.port.out.MailboxReaderPort.FolderState;
import io.portico.application.email.port.out.MailboxReaderPort.MailboxConnection;
import io.portico.application.email.port.out.MailboxReaderPort.MailboxUnavailableException;
import io.portico.application.mailbox.port.out.MailboxPort;
import io.portico.domain.email.FolderCursor;
import io.portico.domain.mailbox.Folder;
import io.portico.domain.mailbox.Mailbox;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Item 3: one node's sync worker. It leases a due mailbox, reads each folder from its cursor in batches (kept
 * by {@link SyncBatches}, one transaction each) and renews the lease before every batch: a node that loses
 * the lease stops, and one that dies leaves the mailbox to any node once the lease runs out. With IDLE it
 * waits for new mail between passes while it holds the lease; else the mailbox is due again after the poll
 * interval. A mailbox that cannot be reached is reported on its health and tried again on the next pass.
 */
public final class MailboxSyncWorker implements SyncMailboxesUseCase {

    private static final System.Logger LOG = System.getLogger(MailboxSyncWorker.class.getName());

    /**
     * How far before the mailbox was added a message's Date may lie and still count as new mail (item 8): a Date is
     * written by the sender's clock, in whole seconds, so mail sent just as the mailbox was added must not pass for
     * backfill.
     */
    private static final Duration SENDER_CLOCK_SKEW = Duration.ofHours(1);

    private final MailboxLeasePort leases;
    private final MailboxPort mailboxes;
    private final MailboxReaderPort reader;
    private final SyncBatches batches;
    private final EmailSyncSettings settings;
    private final Clock clock;

    public MailboxSyncWorker(MailboxLeasePort leases, MailboxPort mailboxes, MailboxReaderPort reader, SyncBatches batches,
                             EmailSyncSettings settings, Clock clock) {
        this.leases = leases;
        this.mailboxes = mailboxes;
        this.reader = reader;
        this.batches = batches;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public boolean syncNext() {
        Instant now = clock.instant();
        var leased = leases.leaseNext(settings.node(), now, now.plus(settings.lease()));
        leased.ifPresent(this::work);
        return leased.isPresent();
    }

    private void work(LeasedMailbox leased) {
        boolean waitForPoll = true;
        try {
            waitForPoll = mailboxes.find(leased.id()).map(mailbox -> sync(mailbox, leased)).orElse(true);
        } finally {
            Instant now = clock.instant();
            leases.release(leased.id(), settings.node(), waitForPoll ? now.plus(settings.pollInterval()) : now);
        }
    }

    /** @return whether the mailbox waits for the poll interval before its next pass (not when IDLE just waited) */
    private boolean sync(Mailbox mailbox, LeasedMailbox leased) {
        try (MailboxConnection connection = reader.open(mailbox)) {
            boolean held = pass(connection, leased);
            if (held) {
                batches.reached(leased.id(), clock.instant());
            }
            while (held && settings.idle()) {
                if (!renew(leased, settings.pollInterval()) || !connection.awaitNew(settings.pollInterval())) {
                    return false;
                }
                held = pass(connection, leased);
            }
            return true;
        } catch (MailboxUnavailableException e) {
            LOG.log(Level.WARNING, "Mailbox {0} could not be synced: {1}", leased.id().value(), e.reason());
            batches.failed(leased.id(), clock.instant(), e.reason());
            return true;
        }
    }

    /** @return false when the lease was lost mid-pass */
    private boolean pass(MailboxConnection connection, LeasedMailbox leased) {
        for (Folder folder : Folder.values()) {
            if (!syncFolder(connection, leased, folder)) {
                return false;
            }
        }
        return true;
    }

    private boolean syncFolder(MailboxConnection connection, LeasedMailbox leased, Folder folder) {
        FolderState state = connection.state(folder);
        long after = batches.cursor(leased.id(), folder).map(cursor -> cursor.resumeAfter(state.uidValidity())).orElse(0L);
        var wanted = batches.wanted();
        while (true) {
            if (!renew(leased, Duration.ZERO)) {
                return false;
            }
            Instant now = clock.instant();
            FetchedBatch batch = connection.fetch(folder, after, settings.since(now), settings.batchSize(), wanted);
            if (batch.lastUid() <= after) {
                return true;
            }
            batches.keep(leased.id(), folder, batch, new FolderCursor(state.uidValidity(), batch.lastUid()), leased.addedAt().minus(SENDER_CLOCK_SKEW),
                    now);
            after = batch.lastUid();
        }
    }

    private boolean renew(LeasedMailbox leased, Duration waitingFor) {
        Instant now = clock.instant();
        return leases.renew(leased.id(), settings.node(), now, now.plus(waitingFor).plus(settings.lease()));
    }
}
