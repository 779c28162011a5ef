package io.portico.domain.shared;

import java.time.Instant;

/** Someone else saved the record since it was loaded; nothing was overwritten. */
public final class StaleRecordException extends RuntimeException {

    private final String changedBy;
    private final Instant changedAt;

    public StaleRecordException(String changedBy, Instant changedAt) {
        super("Changed by " + changedBy + " at " + changedAt + "; reload");
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
