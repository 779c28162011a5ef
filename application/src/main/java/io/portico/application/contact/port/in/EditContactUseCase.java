package io.portico.application.contact.port.in;

public interface EditContactUseCase {

    /**
     * Changes the contact everywhere it is linked (F6).
     *
     * @throws io.portico.domain.shared.StaleRecordException when someone saved the contact meanwhile
     * @throws io.portico.domain.shared.NotAllowedException unless the actor may edit an account the contact is linked to
     * @throws io.portico.domain.shared.InvalidInputException naming the field, e.g. an address of another contact
     */
    void edit(EditContactCommand command);
}
