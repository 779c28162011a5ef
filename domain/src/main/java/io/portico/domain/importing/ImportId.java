package io.portico.domain.importing;

import java.util.Objects;
import java.util.UUID;

/** A10: an uploaded file, staged row by row until it is imported. */
public record ImportId(UUID value) {

    public ImportId {
        Objects.requireNonNull(value, "value");
    }

    public static ImportId random() {
        return new ImportId(UUID.randomUUID());
    }
}
