package io.portico.mail.imap;

import jakarta.mail.MessagingException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;

/**
 * Item 3: waits for new mail in the inbox — by IMAP IDLE where the server has it, else by sleeping — and tells
 * whether some arrived: whether the inbox's highest UID passed the highest one the last fetch saw, so that mail
 * arriving between a fetch and the wait is not missed.
 *
 * <p>{@link IMAPFolder#idle(boolean)} has no timeout: a waker thread ends it by sending a NOOP on the folder (any
 * command from another thread makes Angus end the IDLE first). Each IDLE lasts at most half the read timeout,
 * since the socket's read timeout also runs while idling.
 */
final class InboxWatch {

    private static final Duration WAKE_AGAIN = Duration.ofSeconds(1);

    private final IMAPStore store;
    private final Duration longestIdle;
    private long highestSeen = -1;

    InboxWatch(IMAPStore store, Duration readTimeout) {
        this.store = store;
        this.longestIdle = readTimeout.dividedBy(2);
    }

    /** The highest inbox UID a fetch has looked at (or knows to be behind its cursor). */
    void seen(long highestUid) {
        highestSeen = highestUid;
    }

    boolean awaitNew(IMAPFolder inbox, Duration timeout) throws MessagingException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long baseline = highestSeen >= 0 ? highestSeen : highestUid(inbox);
        while (highestUid(inbox) <= baseline) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            Duration wait = Duration.ofNanos(Math.min(left, longestIdle.toNanos()));
            if (store.hasCapability("IDLE")) {
                idle(inbox, wait);
            } else if (!sleep(wait)) {
                return false;
            }
        }
        return true;
    }

    /** Asks the server for news (a NOOP brings its EXISTS answers) and reads the UID of the last message. */
    private static long highestUid(IMAPFolder inbox) throws MessagingException {
        inbox.doCommand(protocol -> {
            protocol.noop();
            return null;
        });
        int count = inbox.getMessageCount();
        return count == 0 ? 0 : inbox.getUID(inbox.getMessage(count));
    }

    /** One IDLE, ended by the first change the server reports or by the waker after {@code wait}. */
    private static void idle(IMAPFolder inbox, Duration wait) throws MessagingException {
        CountDownLatch ended = new CountDownLatch(1);
        Thread.ofVirtual().name("imap-idle-waker").start(() -> wake(inbox, ended, wait));
        try {
            inbox.idle(true);
        } finally {
            ended.countDown();
        }
    }

    // Repeats the NOOP until the IDLE has ended: a NOOP sent just before the IDLE started would not end it.
    private static void wake(IMAPFolder inbox, CountDownLatch ended, Duration wait) {
        try {
            Duration next = wait;
            while (!ended.await(next.toMillis(), TimeUnit.MILLISECONDS)) {
                inbox.doCommand(protocol -> {
                    protocol.noop();
                    return null;
                });
                next = WAKE_AGAIN;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (MessagingException e) {
            // a broken connection also ends the IDLE, which reports it to the caller
        }
    }

    private static boolean sleep(Duration wait) {
        try {
            Thread.sleep(wait);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
