package io.portico.domain.tag;

import io.portico.domain.shared.Require;
import java.util.Objects;

/** A5: a firm-defined label with a colour, for accounts or for contacts. */
public record Tag(TagId id, TagScope scope, String name, TagColor color) {

    public static final int MAX_NAME_LENGTH = 50;

    public Tag {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(color, "color");
        name = Require.text("tagName", name, MAX_NAME_LENGTH);
    }

    public static Tag create(TagScope scope, String name, TagColor color) {
        return new Tag(TagId.random(), scope, name, color);
    }

    public Tag renamed(String newName, TagColor newColor) {
        return new Tag(id, scope, newName, newColor);
    }
}
