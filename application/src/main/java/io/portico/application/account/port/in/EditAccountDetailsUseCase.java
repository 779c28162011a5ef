package io.portico.application.account.port.in;

public interface EditAccountDetailsUseCase {

    /**
     * Saves tags and custom field values together; each changed value is added to its field's history.
     *
     * @throws io.portico.domain.shared.StaleRecordException when someone saved the account meanwhile
     * @throws io.portico.domain.shared.InvalidInputException naming the custom field whose value does not fit
     * @throws io.portico.domain.shared.NotAllowedException without the right to edit the account
     */
    void edit(EditAccountDetailsCommand command);
}
