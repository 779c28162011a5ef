package io.portico.application.account.port.in;

public interface EditAccountUseCase {

    /**
     * F4: changes the account's type, name, company name and company address.
     *
     * @throws io.portico.domain.shared.StaleRecordException when someone saved the account meanwhile
     * @throws io.portico.domain.shared.NotAllowedException without the right to edit it
     * @throws io.portico.domain.shared.InvalidInputException for a company without a company name
     */
    void edit(EditAccountCommand command);
}
