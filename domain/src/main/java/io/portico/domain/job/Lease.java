package io.portico.domain.job;

import java.time.Instant;
import java.util.Objects;

/** The node running a job, until when. Past its expiry another node may take the job over. */
public record Lease(String owner, Instant expiresAt) {

    public Lease {
        Objects.requireNonNull(owner, "owner");
        if (owner.isBlank()) {
            throw new IllegalArgumentException("owner");
        }
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public boolean heldAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
