package io.portico.application.mail.port.out;

import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.FileAttachment;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A rendered mail, ready to send: HTML with a plain-text alternative, where replies go, and any files. */
public record OutgoingMail(EmailAddress to, String subject, String htmlBody, String textBody, Optional<EmailAddress> replyTo,
                           List<FileAttachment> attachments) {

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(htmlBody, "htmlBody");
        Objects.requireNonNull(textBody, "textBody");
        Objects.requireNonNull(replyTo, "replyTo");
        attachments = List.copyOf(attachments);
    }

    public OutgoingMail(EmailAddress to, String subject, String htmlBody, String textBody) {
        this(to, subject, htmlBody, textBody, Optional.empty(), List.of());
    }

    public OutgoingMail withAttachments(List<FileAttachment> files) {
        return new OutgoingMail(to, subject, htmlBody, textBody, replyTo, files);
    }

    public OutgoingMail withReplyTo(EmailAddress address) {
        return new OutgoingMail(to, subject, htmlBody, textBody, Optional.of(address), attachments);
    }

    /** C4: the same mail to another address (the firm's copy). */
    public OutgoingMail to(EmailAddress other) {
        return new OutgoingMail(other, subject, htmlBody, textBody, replyTo, attachments);
    }
}
