package io.portico.application.tag;

import io.portico.application.tag.port.out.TagPort;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.tag.Tag;
import io.portico.domain.tag.TagId;
import io.portico.domain.tag.TagScope;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Tags in memory. Accounts and contacts in memory ask it whether their tags exist in their scope. */
public final class InMemoryTags implements TagPort {

    private final Map<TagId, Tag> tags = new ConcurrentHashMap<>();

    @Override
    public synchronized void add(Tag tag) {
        refuseTakenName(tag);
        tags.put(tag.id(), tag);
    }

    @Override
    public synchronized void update(Tag tag) {
        if (!tags.containsKey(tag.id())) {
            throw new InvalidInputException("tag", "tag.not-found");
        }
        refuseTakenName(tag);
        tags.put(tag.id(), tag);
    }

    @Override
    public void delete(TagId id) {
        tags.remove(id);
    }

    @Override
    public Optional<Tag> find(TagId id) {
        return Optional.ofNullable(tags.get(id));
    }

    @Override
    public List<Tag> all(TagScope scope) {
        return tags.values().stream().filter(t -> t.scope() == scope)
                .sorted(Comparator.comparing((Tag t) -> t.name().toLowerCase(Locale.ROOT)).thenComparing(t -> t.id().value().toString()))
                .toList();
    }

    /** What the database's foreign key does: only existing tags of the scope can be given. */
    public void requireAll(Collection<TagId> ids, TagScope scope) {
        for (TagId id : ids) {
            if (find(id).filter(t -> t.scope() == scope).isEmpty()) {
                throw new InvalidInputException("tags", "tag.not-found");
            }
        }
    }

    /** Whether the tag still exists; deleted tags fall off the accounts and contacts that carried them. */
    public boolean exists(TagId id) {
        return tags.containsKey(id);
    }

    private void refuseTakenName(Tag tag) {
        boolean taken = tags.values().stream().anyMatch(other -> other.scope() == tag.scope() && !other.id().equals(tag.id())
                && other.name().equalsIgnoreCase(tag.name()));
        if (taken) {
            throw new InvalidInputException("tagName", "tag.name-taken", tag.name());
        }
    }
}
