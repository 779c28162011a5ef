package io.portico.application.account.port.in;

public interface EditLinkUseCase {

    /**
     * F5: changes the link's description, signer priority and signer authority; a change of signer
     * authority is written to the access history.
     *
     * @throws io.portico.domain.shared.StaleRecordException when someone saved the account meanwhile
     * @throws io.portico.domain.shared.NotAllowedException without the right to edit it
     * @throws io.portico.domain.shared.InvalidInputException for a contact not linked, a description
     *         over 200 characters or a priority outside 0–99
     */
    void edit(EditLinkCommand command);
}
