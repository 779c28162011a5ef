package io.portico.application.mailbox.port.in;

import io.portico.domain.mailbox.MailboxId;

public interface AddMailboxUseCase {

    /**
     * @throws io.portico.domain.shared.InvalidInputException on "mailboxAddress" ("mailbox.address-taken") when a mailbox has it
     * @throws io.portico.domain.shared.NotAllowedException unless the actor is an owner or admin
     */
    MailboxId add(AddMailboxCommand command);
}
