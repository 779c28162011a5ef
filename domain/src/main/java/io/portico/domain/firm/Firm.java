package io.portico.domain.firm;

import java.time.Instant;
import java.util.Objects;

/** The accounting or tax firm using this installation: there is exactly one, created at setup. */
public record Firm(FirmId id, FirmName name, Instant createdAt) {

    public Firm {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
