package io.portico.application.mailbox.port.in;

import io.portico.domain.mailbox.MailboxId;
import io.portico.domain.staff.StaffId;

public interface RemoveMailboxUseCase {

    /**
     * Removes the mailbox; the mail synced from it stays. An unknown id changes nothing.
     *
     * @throws io.portico.domain.shared.InvalidInputException on "mailbox" ("mailbox.unsent-mail") while the outbox still
     *         has mail to send through it
     * @throws io.portico.domain.shared.NotAllowedException unless the actor is an owner or admin
     */
    void remove(StaffId actor, MailboxId mailbox);
}
