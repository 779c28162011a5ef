package io.portico.domain.job;

/**
 * A job's life: QUEUED until a worker first leases it, RUNNING while chunks remain (whichever node holds
 * its lease), then DONE, or FAILED when a chunk kept failing. DONE and FAILED are final.
 */
public enum JobState {
    QUEUED, RUNNING, DONE, FAILED;

    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}
