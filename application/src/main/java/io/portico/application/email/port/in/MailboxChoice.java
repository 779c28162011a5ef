package io.portico.application.email.port.in;

import io.portico.domain.mailbox.MailboxId;
import io.portico.domain.shared.EmailAddress;
import java.util.Objects;

/** A mailbox mail can leave from, as the dialog lists it: its name and address, never its servers or credentials. */
public record MailboxChoice(MailboxId id, String name, EmailAddress address) {

    public MailboxChoice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
    }
}
