package io.portico.domain.firm;

import java.util.Objects;
import java.util.UUID;

public record FirmId(UUID value) {

    public FirmId {
        Objects.requireNonNull(value, "value");
    }

    public static FirmId random() {
        return new FirmId(UUID.randomUUID());
    }
}
