package io.portico.application.importing.port.out;

import io.portico.domain.job.JobId;
import java.time.Instant;

/** Issue 12 item 7: what an import created, for its undo. */
public interface UndoImportPort {

    /**
     * How many of the accounts the import created were touched since: saved again (their version moved) or
     * given a history entry that is not the import's own.
     */
    int touched(JobId job);

    /** Whether the import was undone already. */
    boolean undone(JobId job);

    /**
     * In the caller's transaction: removes the import's accounts (their links, toggles and history with them) and
     * the contacts it created that no other account links, and marks the import undone.
     */
    Removed remove(JobId job, Instant at);

    record Removed(int accounts, int contacts) {
    }
}
