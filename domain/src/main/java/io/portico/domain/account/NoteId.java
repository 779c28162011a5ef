package io.portico.domain.account;

import java.util.Objects;
import java.util.UUID;

public record NoteId(UUID value) {

    public NoteId {
        Objects.requireNonNull(value, "value");
    }

    public static NoteId random() {
        return new NoteId(UUID.randomUUID());
    }
}
