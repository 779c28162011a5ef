package io.portico.domain.customfield;

import java.util.Objects;
import java.util.UUID;

public record CustomFieldId(UUID value) {

    public CustomFieldId {
        Objects.requireNonNull(value, "value");
    }

    public static CustomFieldId random() {
        return new CustomFieldId(UUID.randomUUID());
    }
}
