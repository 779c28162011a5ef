package io.portico.application.account.port.in;

public interface AddContactUseCase {

    /**
     * Links the contact to the account, creating it first when it is new, in one transaction.
     *
     * @throws io.portico.domain.shared.NotAllowedException unless the actor may edit the account
     * @throws io.portico.domain.shared.InvalidInputException naming the field: "account" not found, "contacts" an
     *         existing contact the actor may not see, "contact" one already on the account; nothing is stored then
     * @throws io.portico.domain.shared.StaleRecordException when the account was saved since {@code version}
     */
    void add(AddContactCommand command);
}
