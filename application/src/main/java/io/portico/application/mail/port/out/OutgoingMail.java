package io.portico.application.mail.port.out;

import io.portico.domain.shared.EmailAddress;
import java.util.Objects;

/** A rendered mail, ready to send: HTML with a plain-text alternative. */
public record OutgoingMail(EmailAddress to, String subject, String htmlBody, String textBody) {

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(htmlBody, "htmlBody");
        Objects.requireNonNull(textBody, "textBody");
    }
}
