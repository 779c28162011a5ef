package io.portico.application.mailbox.port.in;

import io.portico.domain.mailbox.MailboxId;
import io.portico.domain.staff.StaffId;
import java.util.Objects;

/** D1: change a mailbox; a password left empty keeps the stored one (passwords are never shown again). */
public record ChangeMailboxCommand(StaffId actor, MailboxId mailbox, MailboxDetails details) {

    public ChangeMailboxCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(mailbox, "mailbox");
        Objects.requireNonNull(details, "details");
    }
}
