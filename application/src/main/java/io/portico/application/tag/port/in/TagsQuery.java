package io.portico.application.tag.port.in;

import io.portico.domain.tag.Tag;
import io.portico.domain.tag.TagScope;
import java.util.List;

/** A5: the firm's tags, for choosing and showing them; every staff member may read them. */
public interface TagsQuery {

    /** Sorted by name, capitals ignored. */
    List<Tag> tags(TagScope scope);
}
