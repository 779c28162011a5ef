package io.portico.application.mailbox.port.in;

import io.portico.domain.mailbox.MailboxId;
import io.portico.domain.staff.StaffId;
import java.util.Objects;
import java.util.Optional;

/**
 * D1: *Test connection* with what the form holds; a password left empty is the stored one of {@code mailbox}
 * (editing), and needed when there is none (adding).
 */
public record TestMailboxCommand(StaffId actor, Optional<MailboxId> mailbox, MailboxDetails details) {

    public TestMailboxCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(mailbox, "mailbox");
        Objects.requireNonNull(details, "details");
        if (mailbox.isEmpty()) {
            details.requirePasswords();
        }
    }
}
