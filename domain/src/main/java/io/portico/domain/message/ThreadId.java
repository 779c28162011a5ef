package io.portico.domain.message;

import java.util.Objects;
import java.util.UUID;

/** A conversation on one account: the firm's message and the replies to it (C5, item 9). */
public record ThreadId(UUID value) {

    public ThreadId {
        Objects.requireNonNull(value, "value");
    }

    public static ThreadId random() {
        return new ThreadId(UUID.randomUUID());
    }
}
