package io.portico.application.tag.port.in;

import io.portico.domain.shared.Require;
import io.portico.domain.staff.StaffId;
import io.portico.domain.tag.Tag;
import io.portico.domain.tag.TagColor;
import io.portico.domain.tag.TagId;
import java.util.Objects;

/** G3: rename and recolour a tag; every account or contact carrying it shows the change. */
public record ChangeTagCommand(StaffId actor, TagId tag, String name, TagColor color) {

    public ChangeTagCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(tag, "tag");
        name = Require.text("tagName", name, Tag.MAX_NAME_LENGTH);
        Objects.requireNonNull(color, "color");
    }
}
