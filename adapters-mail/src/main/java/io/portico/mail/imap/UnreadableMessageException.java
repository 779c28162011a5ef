package io.portico.mail.imap;

import jakarta.mail.MessagingException;

/** A message that parses but lacks what a synced message needs (a sender, a date); its text is the skip reason. */
final class UnreadableMessageException extends MessagingException {

    UnreadableMessageException(String reason) {
        super(reason);
    }
}
