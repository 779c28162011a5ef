package io.portico.domain.portal;

import java.util.Objects;
import java.util.UUID;

public record PortalUserId(UUID value) {

    public PortalUserId {
        Objects.requireNonNull(value, "value");
    }

    public static PortalUserId random() {
        return new PortalUserId(UUID.randomUUID());
    }
}
