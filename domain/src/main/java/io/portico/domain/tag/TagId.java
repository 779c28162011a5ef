package io.portico.domain.tag;

import java.util.Objects;
import java.util.UUID;

public record TagId(UUID value) {

    public TagId {
        Objects.requireNonNull(value, "value");
    }

    public static TagId random() {
        return new TagId(UUID.randomUUID());
    }
}
