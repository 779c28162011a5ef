package io.portico.application.mail;

import io.portico.application.mail.port.in.DispatchMailUseCase;
import io.portico.application.mail.port.out.MailOutboxPort;
import io.portico.application.mail.port.out.QueuedMail;
import io.portico.application.mail.port.out.SendMailPort;
import io.portico.application.shared.LogText;
import io.portico.application.shared.port.out.Transactions;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Sends what is due in the outbox. Rows stay locked while they are sent, so any number of
 * dispatchers on any number of nodes send each mail once.
 */
public final class MailDispatcher implements DispatchMailUseCase {

    private static final System.Logger LOG = System.getLogger(MailDispatcher.class.getName());
    /** Mails claimed (and sent over one connection) per transaction. */
    private static final int BATCH = 100;

    private final MailOutboxPort outbox;
    private final SendMailPort sender;
    private final Transactions transactions;
    private final RetryPolicy retries;
    private final Clock clock;

    public MailDispatcher(MailOutboxPort outbox, SendMailPort sender, Transactions transactions, RetryPolicy retries, Clock clock) {
        this.outbox = outbox;
        this.sender = sender;
        this.transactions = transactions;
        this.retries = retries;
        this.clock = clock;
    }

    @Override
    public int dispatchDue() {
        return transactions.inTransaction(() -> {
            var due = outbox.claimDue(clock.instant(), BATCH);
            if (!due.isEmpty()) {
                send(due);
            }
            return due.size();
        });
    }

    private void send(List<QueuedMail> due) {
        Map<Integer, RuntimeException> failures = sender.sendAll(due.stream().map(QueuedMail::mail).toList());
        List<UUID> sent = new ArrayList<>();
        for (int i = 0; i < due.size(); i++) {
            RuntimeException failure = failures.get(i);
            if (failure == null) {
                sent.add(due.get(i).id());
            } else { // one bad mail must not roll back the rest of the batch
                failed(due.get(i), failure);
            }
        }
        if (!sent.isEmpty()) {
            outbox.markSent(sent, clock.instant());
        }
    }

    private void failed(QueuedMail queued, RuntimeException e) {
        int attempts = queued.failedAttempts() + 1;
        String error = String.valueOf(e.getMessage());
        // the outbox row keeps the server's words for admins; the log only the mail's id (issue 14 item 6)
        if (retries.exhausted(attempts)) {
            LOG.log(Level.ERROR, "Giving up on mail {0} after {1} attempts: {2}", queued.id(), attempts, LogText.redacted(error));
            outbox.markDead(queued.id(), attempts, error);
        } else {
            Instant next = clock.instant().plus(retries.delayAfter(attempts));
            LOG.log(Level.WARNING, "Mail {0} not sent (attempt {1}), retrying at {2}: {3}", queued.id(), attempts, next, LogText.redacted(error));
            outbox.markFailed(queued.id(), attempts, next, error);
        }
    }
}
