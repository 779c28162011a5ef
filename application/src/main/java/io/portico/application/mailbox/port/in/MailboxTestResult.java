package io.portico.application.mailbox.port.in;

import io.portico.domain.mailbox.SyncError;
import java.util.Objects;
import java.util.Optional;

/** D1: what *Test connection* found, per server: nothing when it signed in, else why not in plain words. */
public record MailboxTestResult(Optional<SyncError> imap, Optional<SyncError> smtp) {

    public MailboxTestResult {
        Objects.requireNonNull(imap, "imap");
        Objects.requireNonNull(smtp, "smtp");
    }

    public boolean ok() {
        return imap.isEmpty() && smtp.isEmpty();
    }
}
