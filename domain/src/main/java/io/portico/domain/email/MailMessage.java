package io.portico.domain.email;

import io.portico.domain.shared.EmailAddress;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Item 4: one message as read from a mailbox — its Message-ID (kept once by it), the headers that thread it,
 * its parties, its bodies and files. Addresses that are not valid email addresses are left out by the reader.
 */
public record MailMessage(String messageId, Optional<String> inReplyTo, List<String> references, String subject,
                          EmailAddress from, Optional<String> fromName, List<EmailAddress> to, List<EmailAddress> cc,
                          Instant sentAt, Optional<String> textBody, Optional<String> htmlBody, List<MailAttachment> attachments) {

    public MailMessage {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(inReplyTo, "inReplyTo");
        references = List.copyOf(references);
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(fromName, "fromName");
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(textBody, "textBody");
        Objects.requireNonNull(htmlBody, "htmlBody");
        attachments = List.copyOf(attachments);
    }

    /** Every address on the message, From first, as lookup keys (what contacts' addresses are matched by). */
    public List<String> addressKeys() {
        return java.util.stream.Stream.of(List.of(from), to, cc).flatMap(List::stream).map(EmailAddress::lookupKey).distinct().toList();
    }
}
