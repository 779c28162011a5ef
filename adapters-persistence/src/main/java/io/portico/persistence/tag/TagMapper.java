package io.portico.persistence.tag;

import io.portico.domain.tag.Tag;
import io.portico.domain.tag.TagColor;
import io.portico.domain.tag.TagId;
import io.portico.domain.tag.TagScope;
import java.util.UUID;

/** Rows to tags; the rows never leave this module. */
public final class TagMapper {

    private TagMapper() {
    }

    public static Tag toTag(UUID id, String scope, String name, String color) {
        return new Tag(new TagId(id), TagScope.valueOf(scope), name, new TagColor(color));
    }
}
