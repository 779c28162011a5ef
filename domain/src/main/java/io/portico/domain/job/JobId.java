package io.portico.domain.job;

import java.util.Objects;
import java.util.UUID;

/** A background job (bulk email now; bulk edit and import later). */
public record JobId(UUID value) {

    public JobId {
        Objects.requireNonNull(value, "value");
    }

    public static JobId random() {
        return new JobId(UUID.randomUUID());
    }
}
