package io.portico.domain.mailbox;

import java.util.Objects;

/** Where and as whom a mailbox signs in, for reading (IMAP) or for sending (SMTP). */
public record MailServer(String host, int port, Security security, String user, Secret password) {

    public MailServer {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }
}
