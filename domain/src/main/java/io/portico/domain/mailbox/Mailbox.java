package io.portico.domain.mailbox;

import io.portico.domain.shared.EmailAddress;
import java.util.Objects;

/** D1: a firm mailbox — its own address, the IMAP server its mail is synced from and the SMTP server replies leave by. */
public record Mailbox(MailboxId id, String name, EmailAddress address, MailServer imap, MailServer smtp) {

    public Mailbox {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(imap, "imap");
        Objects.requireNonNull(smtp, "smtp");
    }
}
