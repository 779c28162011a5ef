package io.portico.application.mailbox.port.out;

import io.portico.domain.mailbox.MailboxHealth;
import io.portico.domain.mailbox.MailboxId;
import io.portico.domain.mailbox.SyncError;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Item 2: what the sync worker reports after each pass over a mailbox, and what admins are told of it. */
public interface MailboxHealthPort {

    /** A pass that reached the server: clears the error (and the failing spell), adds to the counts. */
    void synced(MailboxId mailbox, Instant at, int stored, int unmatched);

    /** A pass that failed; the mailbox is failing since its first failure after a success. */
    void failed(MailboxId mailbox, Instant at, SyncError error);

    /** Every mailbox's health; a mailbox never synced has {@link MailboxHealth#NEW}. */
    Map<MailboxId, MailboxHealth> health();

    /** The mailboxes failing since before {@code since} whose failing spell no admin was told of yet, by name. */
    List<FailingMailbox> failingUnnoticedSince(Instant since);

    /**
     * Records that admins were told of the mailbox's failing spell.
     *
     * @return false when it was already recorded (another node told them) or the mailbox recovered meanwhile
     */
    boolean noticed(MailboxId mailbox, Instant at);

    record FailingMailbox(MailboxId id, String name, SyncError error, Instant failingSince) {
    }
}
