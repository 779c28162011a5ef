package io.portico.application.account.port.in;

public interface EditContactDetailsUseCase {

    /**
     * The contact's details change everywhere it is linked (F6); editing them needs the right to edit
     * the account they are edited from.
     *
     * @throws io.portico.domain.shared.StaleRecordException when someone saved the contact meanwhile
     */
    void edit(EditContactDetailsCommand command);
}
