package io.portico.application.email.port.in;

/** Item 3: a node's sync worker, run by a scheduler on every node. */
public interface SyncMailboxesUseCase {

    /**
     * Leases the mailbox due longest and syncs it: one pass over its inbox and sent folder, with IDLE further passes
     * while new mail arrives. A failure is reported on the mailbox's health, never thrown.
     * @return whether a mailbox was due
     */
    boolean syncNext();
}
