package io.portico.application.tag.port.out;

import io.portico.domain.tag.Tag;
import io.portico.domain.tag.TagId;
import io.portico.domain.tag.TagScope;
import java.util.List;
import java.util.Optional;

/** The firm's tags. A name is unique within its scope, whatever its capitals. */
public interface TagPort {

    /** @throws io.portico.domain.shared.InvalidInputException on "tagName" ("tag.name-taken") for a name the scope has */
    void add(Tag tag);

    /** Like {@link #add}; a tag that no longer exists is refused on "tag" ("tag.not-found"). */
    void update(Tag tag);

    /** Also from every account and contact carrying it; nothing happens for an unknown id. */
    void delete(TagId id);

    Optional<Tag> find(TagId id);

    /** Sorted by name, capitals ignored. */
    List<Tag> all(TagScope scope);
}
