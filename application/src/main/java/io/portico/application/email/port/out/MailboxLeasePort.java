package io.portico.application.email.port.out;

import io.portico.domain.mailbox.MailboxId;
import java.time.Instant;
import java.util.Optional;

/**
 * Item 3: one node at a time syncs a mailbox. A node leases a due mailbox until a time, renews the lease while it
 * works, and releases it naming when the mailbox is due again; a lease that ran out lets any node take over.
 */
public interface MailboxLeasePort {

    /** A leased mailbox and when it was added: mail sent before that is backfill, which raises no notices. */
    record LeasedMailbox(MailboxId id, Instant addedAt) {
    }

    /** Leases the mailbox due longest, skipping those under a live lease or locked by another node; own transaction. */
    Optional<LeasedMailbox> leaseNext(String owner, Instant now, Instant until);

    /** @return false when {@code owner}'s lease ran out or another node holds the mailbox: the work must stop */
    boolean renew(MailboxId mailbox, String owner, Instant now, Instant until);

    /** Ends {@code owner}'s lease; the mailbox is due again at {@code nextSyncAt}. */
    void release(MailboxId mailbox, String owner, Instant nextSyncAt);
}
