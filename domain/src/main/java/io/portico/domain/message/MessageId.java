package io.portico.domain.message;

import java.util.Objects;
import java.util.UUID;

/** A message the firm wrote to an account, or a client's reply in its thread (C5, F3). */
public record MessageId(UUID value) {

    public MessageId {
        Objects.requireNonNull(value, "value");
    }

    public static MessageId random() {
        return new MessageId(UUID.randomUUID());
    }
}
