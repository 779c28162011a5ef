package io.portico.domain.contact;

import java.util.Objects;
import java.util.UUID;

public record ContactId(UUID value) {

    public ContactId {
        Objects.requireNonNull(value, "value");
    }

    public static ContactId random() {
        return new ContactId(UUID.randomUUID());
    }
}
