package io.portico.application.mail.port.out;

import io.portico.application.mail.port.UndeliverableMail;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The transactional outbox. {@link #enqueue} joins the caller's transaction, so a mail exists only
 * if the change that caused it was committed. {@link #claimDue} locks the rows it returns until the
 * surrounding transaction ends and skips rows another dispatcher holds.
 */
public interface MailOutboxPort {

    /** @return the queued mail's id, which its delivery status is found by */
    UUID enqueue(OutgoingMail mail, Instant now);

    /** {@link #enqueue} for many mails in one batch (a notification to thousands of addresses). @return their ids, in order */
    List<UUID> enqueueAll(List<OutgoingMail> mails, Instant now);

    /** Pending mails whose next attempt is due, oldest first; call inside a transaction. */
    List<QueuedMail> claimDue(Instant now, int limit);

    /**
     * Marks the mail sent and, in the same statement, forgets its body: what is left (recipient, subject,
     * status, times) says what was sent when, without the live links it carried (issue 10, item 13).
     */
    void markSent(UUID id, Instant now);

    /** {@link #markSent(UUID, Instant)} for a dispatcher's whole batch, in one statement where the store allows. */
    default void markSent(Collection<UUID> ids, Instant now) {
        ids.forEach(id -> markSent(id, now));
    }

    void markFailed(UUID id, int failedAttempts, Instant nextAttemptAt, String error);

    void markDead(UUID id, int failedAttempts, String error);

    List<UndeliverableMail> undeliverable(int limit);

    /** Deletes the mails sent before {@code before}; pending and undeliverable ones stay. @return how many */
    int deleteSentBefore(Instant before);
}
