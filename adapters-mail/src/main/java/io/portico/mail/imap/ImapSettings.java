package io.portico.mail.imap;

import java.time.Duration;

/**
 * How the IMAP reader talks to servers: how long it waits to connect and for each answer (a hung server must not
 * hold a mailbox's sync forever), and the largest attachment whose content it keeps (a larger one is listed only).
 */
record ImapSettings(Duration connectTimeout, Duration readTimeout, long maxAttachmentBytes) {

    ImapSettings {
        if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("IMAP timeouts must be positive");
        }
        if (maxAttachmentBytes < 0) {
            throw new IllegalArgumentException("portico.email-sync.max-attachment-bytes must not be negative");
        }
    }
}
