package io.portico.application.mailbox.port.out;

import io.portico.domain.mailbox.MailboxId;
import io.portico.domain.mailbox.SyncError;
import java.time.Instant;

/** Item 2: what the sync worker reports after each pass over a mailbox. */
public interface MailboxHealthPort {

    /** A pass that reached the server: clears the error, adds to the counts. */
    void synced(MailboxId mailbox, Instant at, int stored, int unmatched);

    /** A pass that failed; the mailbox is failing since its first failure after a success. */
    void failed(MailboxId mailbox, Instant at, SyncError error);
}
