package io.portico.application.job.port.in;

/** A node's worker: called on a schedule on every node. */
public interface RunJobsUseCase {

    /**
     * Leases one runnable job and runs its chunks until it is finished, a chunk fails, or its lease is lost.
     *
     * @return whether a job was leased (so the caller may look for another at once)
     */
    boolean runNext();
}
