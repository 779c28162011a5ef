package io.portico.application.erasure.port.in;

/** Issue 14, item 2: owners and admins erase a contact linked to no account, with the same data as an account's. */
public interface EraseContactUseCase {

    /**
     * @return what went, or why nothing did
     * @throws io.portico.domain.shared.NotAllowedException for anyone but the owner and admins
     * @throws io.portico.domain.shared.InvalidInputException on "contact" for a contact that does not exist
     */
    Erasure erase(EraseContactCommand command);
}
