package io.portico.application.mail.port.out;

import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.FileAttachment;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A rendered mail, ready to send: HTML with a plain-text alternative, where replies go, and any files; with an
 * envelope, it leaves from a firm mailbox instead of the application's own sender.
 */
public record OutgoingMail(EmailAddress to, String subject, String htmlBody, String textBody, Optional<EmailAddress> replyTo,
                           List<FileAttachment> attachments, Optional<MailboxEnvelope> envelope) {

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(htmlBody, "htmlBody");
        Objects.requireNonNull(textBody, "textBody");
        Objects.requireNonNull(replyTo, "replyTo");
        attachments = List.copyOf(attachments);
        Objects.requireNonNull(envelope, "envelope");
    }

    public OutgoingMail(EmailAddress to, String subject, String htmlBody, String textBody) {
        this(to, subject, htmlBody, textBody, Optional.empty(), List.of(), Optional.empty());
    }

    public OutgoingMail withAttachments(List<FileAttachment> files) {
        return new OutgoingMail(to, subject, htmlBody, textBody, replyTo, files, envelope);
    }

    public OutgoingMail withReplyTo(EmailAddress address) {
        return new OutgoingMail(to, subject, htmlBody, textBody, Optional.of(address), attachments, envelope);
    }

    public OutgoingMail withEnvelope(MailboxEnvelope sentFrom) {
        return new OutgoingMail(to, subject, htmlBody, textBody, replyTo, attachments, Optional.of(sentFrom));
    }

    /** C4: the same mail to another address (the firm's copy). */
    public OutgoingMail to(EmailAddress other) {
        return new OutgoingMail(other, subject, htmlBody, textBody, replyTo, attachments, envelope);
    }
}
