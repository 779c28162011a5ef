package io.portico.application.mailbox.port.in;

import io.portico.domain.mailbox.Security;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.Require;

/**
 * D1: a mail server as typed in Settings → Mailboxes. An empty password means "keep the stored one" when a
 * mailbox is changed; {@link #checked} names each bad field after the server, e.g. "imapHost", "smtpPort".
 */
public record MailServerInput(String host, int port, Security security, String user, String password) {

    static final int MAX_HOST = 253;
    static final int MAX_USER = 320;
    static final int MAX_PASSWORD = 1000;

    public MailServerInput {
        password = password == null ? "" : password;
    }

    /** @param server "imap" or "smtp", the prefix of the field names */
    static MailServerInput checked(String server, MailServerInput input) {
        if (input == null) {
            throw new InvalidInputException(server + "Host", "input.required");
        }
        String host = Require.text(server + "Host", input.host(), MAX_HOST);
        if (input.port() < 1 || input.port() > 65535) {
            throw new InvalidInputException(server + "Port", "mailbox.port-range");
        }
        if (input.security() == null) {
            throw new InvalidInputException(server + "Security", "input.required");
        }
        String user = Require.text(server + "User", input.user(), MAX_USER);
        if (input.password().length() > MAX_PASSWORD) {
            throw new InvalidInputException(server + "Password", "input.too-long", MAX_PASSWORD);
        }
        return new MailServerInput(host, input.port(), input.security(), user, input.password());
    }

    boolean hasPassword() {
        return !password.isEmpty();
    }
}
