package io.portico.domain.document;

import java.util.Objects;
import java.util.UUID;

/** D3: one of an account's documents. */
public record DocumentId(UUID value) {

    public DocumentId {
        Objects.requireNonNull(value, "value");
    }

    public static DocumentId random() {
        return new DocumentId(UUID.randomUUID());
    }
}
