package io.portico.application.mailbox.port.in;

import io.portico.domain.mailbox.MailboxHealth;
import io.portico.domain.mailbox.MailboxId;
import io.portico.domain.mailbox.Security;
import io.portico.domain.shared.EmailAddress;

/** D1, item 2: a mailbox as Settings → Mailboxes lists it: its servers without their passwords, and its sync health. */
public record MailboxSettings(MailboxId id, String name, EmailAddress address, Server imap, Server smtp, MailboxHealth health) {

    /** A server's settings; the password is never shown again. */
    public record Server(String host, int port, Security security, String user) {

        /** The server as a form's input, its password left empty (kept when saved). */
        public MailServerInput toInput() {
            return new MailServerInput(host, port, security, user, "");
        }
    }
}
