package io.portico.application.tag.port.in;

public interface ChangeTagUseCase {

    /**
     * @throws io.portico.domain.shared.InvalidInputException on "tagName" when another tag of the scope has the name,
     *         on "tag" when the tag no longer exists
     * @throws io.portico.domain.shared.NotAllowedException unless the actor is an owner or admin
     */
    void change(ChangeTagCommand command);
}
