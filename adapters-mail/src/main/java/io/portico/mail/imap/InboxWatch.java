package io.portico.mail.imap;

import jakarta.mail.MessagingException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;

/**
 * Item 3: waits for new mail in the inbox — by IMAP IDLE where the server has it, else by sleeping — and tells
 * whether some arrived: whether the inbox holds more messages than when the last fetch looked (lowered by the
 * deletions seen meanwhile), so that mail arriving between a fetch and the wait is not missed. Counting costs no
 * FETCH: the server announces the count (EXISTS) after each command.
 *
 * <p>{@link IMAPFolder#idle(boolean)} has no timeout: a waker thread ends it by sending a NOOP on the folder (any
 * command from another thread makes Angus end the IDLE first). Each IDLE lasts at most half the read timeout,
 * since the socket's read timeout also runs while idling.
 */
final class InboxWatch {

    private static final Duration WAKE_AGAIN = Duration.ofSeconds(1);

    private final IMAPStore store;
    private final Duration longestIdle;
    private int countSeen = -1;

    InboxWatch(IMAPStore store, Duration readTimeout) {
        this.store = store;
        this.longestIdle = readTimeout.dividedBy(2);
    }

    /** How many messages the inbox held when a fetch listed it. */
    void seen(int count) {
        countSeen = count;
    }

    boolean awaitNew(IMAPFolder inbox, Duration timeout) throws MessagingException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int baseline = countSeen >= 0 ? countSeen : count(inbox);
        for (int count = count(inbox); count <= baseline; count = count(inbox)) {
            baseline = count; // deletions lower the count new mail must pass
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

    /** Asks the server for news (a NOOP brings its EXISTS answers) and reads the inbox's message count. */
    private static int count(IMAPFolder inbox) throws MessagingException {
        inbox.doCommand(protocol -> {
            protocol.noop();
            return null;
        });
        return inbox.getMessageCount();
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
