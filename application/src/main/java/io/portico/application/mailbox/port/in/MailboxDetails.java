package io.portico.application.mailbox.port.in;

import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.Require;

/** D1: what Settings → Mailboxes asks for a mailbox; each bad field is named ("mailboxName", "mailboxAddress", "imapHost", …). */
public record MailboxDetails(String name, EmailAddress address, MailServerInput imap, MailServerInput smtp) {

    public static final int MAX_NAME = 100;

    public MailboxDetails {
        name = Require.text("mailboxName", name, MAX_NAME);
        if (address == null) {
            throw new InvalidInputException("mailboxAddress", "input.required");
        }
        imap = MailServerInput.checked("imap", imap);
        smtp = MailServerInput.checked("smtp", smtp);
    }

    /** The typed address refused on the "mailboxAddress" field. */
    public static MailboxDetails of(String name, String address, MailServerInput imap, MailServerInput smtp) {
        return new MailboxDetails(name, EmailAddress.of("mailboxAddress", address), imap, smtp);
    }

    /** @throws InvalidInputException on "imapPassword" or "smtpPassword" when one was left empty */
    void requirePasswords() {
        if (!imap.hasPassword()) {
            throw new InvalidInputException("imapPassword", "input.required");
        }
        if (!smtp.hasPassword()) {
            throw new InvalidInputException("smtpPassword", "input.required");
        }
    }
}
