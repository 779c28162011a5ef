package io.portico.domain.inbox;

import java.util.Objects;
import java.util.UUID;

public record NotificationId(UUID value) {

    public NotificationId {
        Objects.requireNonNull(value, "value");
    }

    public static NotificationId random() {
        return new NotificationId(UUID.randomUUID());
    }
}
