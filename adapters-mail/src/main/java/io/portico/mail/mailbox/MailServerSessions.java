package io.portico.mail.mailbox;

import io.portico.domain.mailbox.MailServer;
import io.portico.domain.mailbox.Security;
import java.time.Duration;
import java.util.Properties;

/**
 * Jakarta Mail settings for a firm mailbox's server: the protocol its security asks for (imaps/smtps for TLS from the
 * first byte, STARTTLS required before signing in, or plain) and timeouts so a dead server fails fast.
 */
final class MailServerSessions {

    /** Connecting, reading and writing each give up after this long. */
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private MailServerSessions() {
    }

    /** @param plainProtocol "imap" or "smtp" */
    static String protocol(String plainProtocol, MailServer server) {
        return server.security() == Security.TLS ? plainProtocol + "s" : plainProtocol;
    }

    static Properties properties(String plainProtocol, MailServer server) {
        String prefix = "mail." + protocol(plainProtocol, server) + ".";
        String millis = Long.toString(TIMEOUT.toMillis());
        Properties properties = new Properties();
        properties.put(prefix + "connectiontimeout", millis);
        properties.put(prefix + "timeout", millis);
        properties.put(prefix + "writetimeout", millis);
        properties.put(prefix + "auth", "true");
        if (server.security() == Security.STARTTLS) {
            properties.put(prefix + "starttls.enable", "true");
            properties.put(prefix + "starttls.required", "true");
        }
        if (server.security() != Security.NONE) {
            properties.put(prefix + "ssl.checkserveridentity", "true");
        }
        return properties;
    }
}
