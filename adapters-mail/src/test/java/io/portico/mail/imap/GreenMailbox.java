package io.portico.mail.imap;

import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.base.GreenMailOperations;
import io.portico.application.email.port.out.MailboxReaderPort.MailboxConnection;
import io.portico.domain.mailbox.Mailbox;
import io.portico.domain.mailbox.MailboxId;
import io.portico.domain.mailbox.MailServer;
import io.portico.domain.mailbox.Secret;
import io.portico.domain.mailbox.Security;
import io.portico.domain.shared.EmailAddress;
import jakarta.mail.Flags;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;

/** The firm's mailbox on a GreenMail server: messages are put straight into its folders, with the received time wanted. */
final class GreenMailbox {

    static final String ADDRESS = "studio@bianchi.example";
    static final String LOGIN = "studio";
    static final String PASSWORD = "s3cret";

    private final GreenMailOperations greenMail;
    private final GreenMailUser user;

    GreenMailbox(GreenMailOperations greenMail) {
        this.greenMail = greenMail;
        this.user = greenMail.setUser(ADDRESS, LOGIN, PASSWORD);
    }

    Mailbox mailbox() {
        return mailbox(PASSWORD, greenMail.getImap().getPort());
    }

    Mailbox mailbox(String password, int port) {
        MailServer imap = new MailServer("127.0.0.1", port, Security.NONE, LOGIN, new Secret(password));
        return new Mailbox(MailboxId.random(), "Studio", new EmailAddress(ADDRESS), imap, imap);
    }

    static MailboxConnection open(GreenMailbox box) {
        return reader().open(box.mailbox());
    }

    static ImapMailboxReader reader() {
        return new ImapMailboxReader("5s", "5s", "20MB");
    }

    MailFolder folder(String name) {
        try {
            MailFolder folder = greenMail.getManagers().getImapHostManager().getFolder(user, name);
            return folder != null ? folder : greenMail.getManagers().getImapHostManager().createMailbox(user, name);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    void deleteFolder(String name) {
        try {
            greenMail.getManagers().getImapHostManager().deleteMailbox(user, name);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the UID the server gave the message */
    long put(String folder, MimeMessage message, Instant received) {
        return folder(folder).appendMessage(message, new Flags(), Date.from(received));
    }

    long put(String folder, String rawMessage, Instant received) {
        return put(folder, raw(rawMessage), received);
    }

    /** A message from its text, lines ending in \n (sent as CRLF). */
    static MimeMessage raw(String text) {
        return raw(text.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    static MimeMessage raw(byte[] bytes) {
        try {
            return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A plain text message. */
    static String simple(String messageId, String from, String to, String subject, String body) {
        return "Message-ID: " + messageId + "\n"
                + "Date: Mon, 30 Nov 2026 10:15:00 +0100\n"
                + "From: " + from + "\n"
                + "To: " + to + "\n"
                + "Subject: " + subject + "\n"
                + "MIME-Version: 1.0\n"
                + "Content-Type: text/plain; charset=UTF-8\n"
                + "\n"
                + body + "\n";
    }
}
