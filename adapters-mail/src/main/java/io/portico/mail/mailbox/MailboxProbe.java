package io.portico.mail.mailbox;

import io.portico.application.mailbox.port.out.TestMailboxPort;
import io.portico.domain.mailbox.MailServer;
import io.portico.domain.mailbox.SyncError;
import io.portico.mail.connect.ServerFailures;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import java.lang.System.Logger.Level;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * D1: *Test connection*. Signs in to the IMAP server and opens the INBOX read-only, and signs in to the SMTP server
 * without sending anything; a failure is named by {@link ServerFailures}. Only the host and the reason are logged.
 */
@Component
class MailboxProbe implements TestMailboxPort {

    private static final System.Logger LOG = System.getLogger(MailboxProbe.class.getName());

    @Override
    public Optional<SyncError> tryImap(MailServer imap) {
        Session session = Session.getInstance(MailServerSessions.properties("imap", imap));
        try (Store store = session.getStore(MailServerSessions.protocol("imap", imap))) {
            store.connect(imap.host(), imap.port(), imap.user(), imap.password().value());
            Folder inbox = store.getFolder("INBOX");
            if (!inbox.exists()) {
                return Optional.of(SyncError.FOLDER_MISSING);
            }
            inbox.open(Folder.READ_ONLY);
            inbox.close(false);
            return Optional.empty();
        } catch (MessagingException | RuntimeException e) {
            return Optional.of(failed("IMAP", imap, e));
        }
    }

    @Override
    public Optional<SyncError> trySmtp(MailServer smtp) {
        Session session = Session.getInstance(MailServerSessions.properties("smtp", smtp));
        try (Transport transport = session.getTransport(MailServerSessions.protocol("smtp", smtp))) {
            transport.connect(smtp.host(), smtp.port(), smtp.user(), smtp.password().value());
            return Optional.empty();
        } catch (MessagingException | RuntimeException e) {
            return Optional.of(failed("SMTP", smtp, e));
        }
    }

    private static SyncError failed(String kind, MailServer server, Exception e) {
        SyncError reason = ServerFailures.classify(e);
        LOG.log(Level.INFO, "Mailbox test: {0} {1}:{2} failed: {3}", kind, server.host(), server.port(), reason);
        return reason;
    }
}
