package io.portico.application.account.port.in;

public interface ChangeAccessUseCase {

    /**
     * @throws io.portico.domain.shared.StaleRecordException when someone saved the account meanwhile
     * @throws io.portico.domain.shared.NotAllowedException without the right to edit it
     */
    void change(ChangeAccessCommand command);
}
