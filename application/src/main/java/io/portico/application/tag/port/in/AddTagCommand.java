package io.portico.application.tag.port.in;

import io.portico.domain.shared.Require;
import io.portico.domain.staff.StaffId;
import io.portico.domain.tag.Tag;
import io.portico.domain.tag.TagColor;
import io.portico.domain.tag.TagScope;
import java.util.Objects;

/** G3: Settings → Tags → add a tag for accounts or for contacts. */
public record AddTagCommand(StaffId actor, TagScope scope, String name, TagColor color) {

    public AddTagCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(scope, "scope");
        name = Require.text("tagName", name, Tag.MAX_NAME_LENGTH);
        Objects.requireNonNull(color, "color");
    }
}
