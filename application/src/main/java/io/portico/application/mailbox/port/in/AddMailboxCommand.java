package io.portico.application.mailbox.port.in;

import io.portico.domain.staff.StaffId;
import java.util.Objects;

/** D1: Settings → Mailboxes → add a mailbox; both passwords are needed. */
public record AddMailboxCommand(StaffId actor, MailboxDetails details) {

    public AddMailboxCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(details, "details");
        details.requirePasswords();
    }
}
