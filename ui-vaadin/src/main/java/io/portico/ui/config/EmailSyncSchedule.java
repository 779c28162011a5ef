package io.portico.ui.config;

import io.portico.application.email.port.in.SyncMailboxesUseCase;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Item 3: threads of their own look for a due mailbox every tick — not Spring's one scheduler thread, which
 * a mailbox waiting on IMAP IDLE would hold from the outbox and the jobs. Each thread works one mailbox at a time;
 * leases keep a mailbox on one thread of one node. With no mailbox a tick is one small query.
 */
final class EmailSyncSchedule implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmailSyncSchedule.class);

    private final ScheduledExecutorService threads;

    EmailSyncSchedule(SyncMailboxesUseCase worker, int count, Duration tick) {
        var number = new AtomicInteger();
        threads = Executors.newScheduledThreadPool(count, task -> {
            var thread = new Thread(task, "email-sync-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        long millis = tick.toMillis();
        for (int i = 0; i < count; i++) {
            threads.scheduleWithFixedDelay(() -> syncDue(worker), millis + i * millis / count, millis, TimeUnit.MILLISECONDS);
        }
    }

    private static void syncDue(SyncMailboxesUseCase worker) {
        try {
            while (worker.syncNext()) {
                // another mailbox may be due
            }
        } catch (RuntimeException e) {
            // a failure must not end the schedule: the mailbox's lease runs out and it is tried again
            LOG.warn("Email sync pass failed", e);
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
