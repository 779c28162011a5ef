package io.portico.application.tag;

import io.portico.application.staff.Administrators;
import io.portico.application.tag.port.in.AddTagCommand;
import io.portico.application.tag.port.in.AddTagUseCase;
import io.portico.application.tag.port.in.ChangeTagCommand;
import io.portico.application.tag.port.in.ChangeTagUseCase;
import io.portico.application.tag.port.in.DeleteTagUseCase;
import io.portico.application.tag.port.in.TagsQuery;
import io.portico.application.tag.port.out.TagPort;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.staff.StaffId;
import io.portico.domain.tag.Tag;
import io.portico.domain.tag.TagId;
import io.portico.domain.tag.TagScope;
import java.util.List;

/** A5, G3: the firm's tags, kept by owners and admins. */
public final class TagService implements AddTagUseCase, ChangeTagUseCase, DeleteTagUseCase, TagsQuery {

    private final TagPort tags;
    private final Administrators administrators;

    public TagService(TagPort tags, Administrators administrators) {
        this.tags = tags;
        this.administrators = administrators;
    }

    @Override
    public TagId add(AddTagCommand command) {
        administrators.require(command.actor(), "manage tags");
        Tag tag = Tag.create(command.scope(), command.name(), command.color());
        tags.add(tag);
        return tag.id();
    }

    @Override
    public void change(ChangeTagCommand command) {
        administrators.require(command.actor(), "manage tags");
        Tag tag = tags.find(command.tag()).orElseThrow(() -> new InvalidInputException("tag", "tag.not-found"));
        tags.update(tag.renamed(command.name(), command.color()));
    }

    @Override
    public void delete(StaffId actor, TagId tag) {
        administrators.require(actor, "manage tags");
        tags.delete(tag);
    }

    @Override
    public List<Tag> tags(TagScope scope) {
        return tags.all(scope);
    }
}
