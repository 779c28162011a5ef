package io.portico.domain.mailbox;

import java.util.Objects;

/** A mailbox password: kept sealed at rest, never shown again and never printed (its text is masked). */
public record Secret(String value) {

    public Secret {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return "******";
    }
}
