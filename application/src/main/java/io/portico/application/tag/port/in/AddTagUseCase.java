package io.portico.application.tag.port.in;

import io.portico.domain.tag.TagId;

public interface AddTagUseCase {

    /**
     * @throws io.portico.domain.shared.InvalidInputException on "tagName" when the scope has a tag of that name
     * @throws io.portico.domain.shared.NotAllowedException unless the actor is an owner or admin
     */
    TagId add(AddTagCommand command);
}
