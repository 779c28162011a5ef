package io.portico.domain.staff;

import java.util.Objects;
import java.util.UUID;

public record StaffId(UUID value) {

    public StaffId {
        Objects.requireNonNull(value, "value");
    }

    public static StaffId random() {
        return new StaffId(UUID.randomUUID());
    }
}
