package io.portico.mail.imap;

import io.portico.application.email.port.out.MailboxReaderPort;
import io.portico.domain.mailbox.Mailbox;
import io.portico.domain.mailbox.MailServer;
import io.portico.domain.mailbox.Security;
import io.portico.mail.connect.ServerFailures;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.util.Properties;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/** Item 3: signs in to a mailbox's IMAP server with Jakarta Mail (Angus) and hands out a {@link ImapConnection}. */
@Component
class ImapMailboxReader implements MailboxReaderPort {

    // Large attachments of mail read part by part come in 1 MB slices instead of Angus's default 16 KB.
    private static final String FETCH_SIZE = String.valueOf(1024 * 1024);

    private final ImapSettings settings;

    ImapMailboxReader(@Value("${portico.email-sync.imap.connect-timeout:20s}") String connectTimeout,
                      @Value("${portico.email-sync.imap.read-timeout:20s}") String readTimeout,
                      @Value("${portico.email-sync.max-attachment-bytes:20MB}") String maxAttachmentBytes) {
        this.settings = new ImapSettings(DurationStyle.detectAndParse(connectTimeout), DurationStyle.detectAndParse(readTimeout),
                DataSize.parse(maxAttachmentBytes).toBytes());
    }

    @Override
    public MailboxConnection open(Mailbox mailbox) {
        MailServer server = mailbox.imap();
        String protocol = server.security() == Security.TLS ? "imaps" : "imap";
        try {
            Store store = Session.getInstance(properties(protocol, server.security())).getStore(protocol);
            store.connect(server.host(), server.port(), server.user(), server.password().value());
            return new ImapConnection((IMAPStore) store, settings);
        } catch (MessagingException e) {
            // The message names the server and the user, never the password.
            throw new MailboxUnavailableException(ServerFailures.classify(e), "Could not sign in to IMAP server "
                    + server.host() + ":" + server.port() + " as " + server.user() + ": " + e.getMessage(), e);
        }
    }

    private Properties properties(String protocol, Security security) {
        String prefix = "mail." + protocol + ".";
        Properties properties = new Properties();
        properties.put(prefix + "connectiontimeout", String.valueOf(settings.connectTimeout().toMillis()));
        properties.put(prefix + "timeout", String.valueOf(settings.readTimeout().toMillis()));
        properties.put(prefix + "fetchsize", FETCH_SIZE);
        // Reading must never mark the firm's mail as read.
        properties.put(prefix + "peek", "true");
        properties.put(prefix + "ssl.checkserveridentity", "true");
        if (security == Security.STARTTLS) {
            properties.put(prefix + "starttls.enable", "true");
            properties.put(prefix + "starttls.required", "true");
        }
        return properties;
    }
}
