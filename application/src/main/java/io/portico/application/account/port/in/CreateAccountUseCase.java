package io.portico.application.account.port.in;

import io.portico.domain.account.AccountId;

public interface CreateAccountUseCase {

    /**
     * Creates the account, its new contacts and its links in one transaction.
     *
     * @throws io.portico.domain.shared.NotAllowedException without "manage accounts"
     * @throws io.portico.domain.shared.InvalidInputException naming the field; nothing is stored then
     */
    AccountId create(CreateAccountCommand command);
}
