package io.portico.mail.embedded;

import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.UserException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.portico.application.mail.port.CapturedMail;
import io.portico.application.mail.port.out.CapturedMailPort;
import jakarta.mail.Address;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A development mail server (GreenMail, SMTP + IMAP, bound to the loopback interface, mail kept in memory)
 * for running Portico without a real one: the app sends to it, the Dev mailbox lists what it caught, and
 * tests read the mail over IMAP as a mail client would.
 *
 * <p>IMAP login: every recipient gets a mailbox when its first mail arrives, with login = the address and
 * password = the address. That is GreenMail's default for recipients it does not know (checked in 2.1.13:
 * {@code UserManager.deliver} calls {@code createUser(email, email, email)}; the tests log in that way).
 * Authentication stays enabled, so a wrong password is refused, and logging in before any mail arrived
 * fails unless {@link #createMailbox} was called. SMTP needs no login.
 */
public final class EmbeddedMailServer implements CapturedMailPort, AutoCloseable {

    private static final String HOST = "127.0.0.1";
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(10);

    private final GreenMail greenMail;
    private final int smtpPort;
    private final int imapPort;
    // The SMTP service currently serving: GreenMail's own, or the one started by restartSmtp().
    private SmtpServer smtp;

    private EmbeddedMailServer(GreenMail greenMail) {
        this.greenMail = greenMail;
        this.smtp = greenMail.getSmtp();
        this.smtpPort = smtp.getPort();
        this.imapPort = greenMail.getImap().getPort();
    }

    /** Starts on free ports chosen by the operating system. */
    public static EmbeddedMailServer start() {
        return start(0, 0);
    }

    /** Starts on the given ports; 0 picks a free one. */
    public static EmbeddedMailServer start(int smtpPort, int imapPort) {
        GreenMail greenMail = new GreenMail(new ServerSetup[] {
                setup(smtpPort, ServerSetup.PROTOCOL_SMTP),
                setup(imapPort, ServerSetup.PROTOCOL_IMAP)});
        greenMail.start();
        return new EmbeddedMailServer(greenMail);
    }

    private static ServerSetup setup(int port, String protocol) {
        ServerSetup setup = new ServerSetup(port, HOST, protocol);
        setup.setServerStartupTimeout(STARTUP_TIMEOUT.toMillis());
        return setup;
    }

    /** The address both servers listen on; an IP literal, so clients cannot pick another interface for "localhost". */
    public String host() {
        return HOST;
    }

    public int smtpPort() {
        return smtpPort;
    }

    public int imapPort() {
        return imapPort;
    }

    /** Creates the mailbox of {@code address} ahead of any mail, with login and password = the address. */
    public void createMailbox(String address) {
        if (greenMail.getUserManager().getUserByEmail(address) == null) {
            try {
                greenMail.getUserManager().createUser(address, address, address);
            } catch (UserException e) {
                throw new IllegalStateException("Could not create mailbox " + address, e);
            }
        }
    }

    /** Waits until at least {@code count} mails have arrived in all mailboxes together; false on timeout. */
    public boolean waitForIncomingMail(Duration timeout, int count) {
        return greenMail.waitForIncomingEmail(timeout.toMillis(), count);
    }

    /** Closes the SMTP port, as a mail server that is down; IMAP and received mail stay. */
    public synchronized void stopSmtp() {
        smtp.stopService();
    }

    /** Opens the SMTP port again, on the same port, after {@link #stopSmtp()}. */
    public synchronized void restartSmtp() {
        if (smtp.isRunning()) {
            return;
        }
        // A GreenMail service is a thread and cannot be started twice: a new one shares the mail store.
        smtp = new SmtpServer(setup(smtpPort, ServerSetup.PROTOCOL_SMTP), greenMail.getManagers());
        smtp.startService();
        try {
            if (!smtp.waitTillRunning(STARTUP_TIMEOUT.toMillis())) {
                throw new IllegalStateException("SMTP did not restart on port " + smtpPort);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while restarting SMTP", e);
        }
    }

    /**
     * Every mail received, oldest first. A mail to several recipients is stored once per mailbox and
     * listed once.
     */
    @Override
    public List<CapturedMail> all() {
        Map<Object, CapturedMail> byMessageId = new LinkedHashMap<>();
        for (StoredMessage stored : greenMail.getManagers().getImapHostManager().getAllMessages()) {
            byMessageId.putIfAbsent(identity(stored), captured(stored));
        }
        return byMessageId.values().stream()
                .sorted(Comparator.comparing(CapturedMail::receivedAt))
                .toList();
    }

    private static Object identity(StoredMessage stored) {
        try {
            String messageId = stored.getMimeMessage().getMessageID();
            return messageId != null ? messageId : stored;
        } catch (MessagingException e) {
            return stored;
        }
    }

    private static CapturedMail captured(StoredMessage stored) {
        MimeMessage message = stored.getMimeMessage();
        try {
            MailBodies bodies = MailBodies.of(message);
            return new CapturedMail(
                    addresses(message.getFrom()).stream().findFirst().orElse(""),
                    addresses(message.getRecipients(RecipientType.TO)),
                    message.getSubject() == null ? "" : message.getSubject(),
                    stored.getReceivedDate().toInstant(),
                    bodies.html(),
                    bodies.text());
        } catch (MessagingException | IOException e) {
            // One unreadable mail should not hide the others in the Dev mailbox.
            return new CapturedMail("", List.of(), "(unreadable mail)", stored.getReceivedDate().toInstant(), "", String.valueOf(e));
        }
    }

    private static List<String> addresses(Address[] addresses) {
        if (addresses == null) {
            return List.of();
        }
        return Arrays.stream(addresses)
                .map(a -> a instanceof InternetAddress internet ? internet.toUnicodeString() : a.toString())
                .toList();
    }

    /** Stops both servers; the mail they held is gone. */
    public synchronized void stop() {
        smtp.stopService();
        greenMail.stop();
    }

    @Override
    public void close() {
        stop();
    }
}
