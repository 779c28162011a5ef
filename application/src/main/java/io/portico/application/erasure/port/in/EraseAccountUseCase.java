package io.portico.application.erasure.port.in;

/**
 * Issue 14, item 2: owners and admins erase an archived account — it and every contact no other account links go
 * with all their data, contacts linked elsewhere are only unlinked, history stays with a pseudonym for the person.
 */
public interface EraseAccountUseCase {

    /**
     * @return what went, or why nothing did
     * @throws io.portico.domain.shared.NotAllowedException for anyone but the owner and admins
     * @throws io.portico.domain.shared.InvalidInputException on "account" for an account that does not exist
     */
    Erasure erase(EraseAccountCommand command);
}
