package io.portico.application.mailbox.port.out;

import io.portico.domain.mailbox.MailServer;
import io.portico.domain.mailbox.SyncError;
import java.util.Optional;

/** D1: *Test connection*: signs in to a mailbox's servers, with short timeouts, and says why it could not. */
public interface TestMailboxPort {

    /** Signs in to the IMAP server and opens the INBOX. @return why it failed; empty when it worked */
    Optional<SyncError> tryImap(MailServer imap);

    /** Connects to the SMTP server and signs in. @return why it failed; empty when it worked */
    Optional<SyncError> trySmtp(MailServer smtp);
}
