package io.portico.application.mailbox.port.in;

public interface ChangeMailboxUseCase {

    /**
     * @throws io.portico.domain.shared.InvalidInputException on "mailboxAddress" when another mailbox has it, on "mailbox"
     *         ("mailbox.not-found") when the mailbox no longer exists
     * @throws io.portico.domain.shared.NotAllowedException unless the actor is an owner or admin
     */
    void change(ChangeMailboxCommand command);
}
