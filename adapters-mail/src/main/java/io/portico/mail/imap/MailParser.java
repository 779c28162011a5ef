package io.portico.mail.imap;

import io.portico.domain.email.MailMessage;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MailDateFormat;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.text.ParsePosition;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/** Item 3: one message as the mail server holds it, read into a {@link MailMessage} as leniently as it can be. */
final class MailParser {

    // A subject is one line for people; a megabyte-long one is an attack or a broken client.
    private static final int SUBJECT_MAX = 1000;

    private final long maxAttachmentBytes;

    MailParser(long maxAttachmentBytes) {
        this.maxAttachmentBytes = maxAttachmentBytes;
    }

    MailMessage parse(Message message) throws MessagingException, IOException {
        BodyParts body = BodyParts.of(message, maxAttachmentBytes);
        InternetAddress sender = sender(message);
        return new MailMessage(
                MessageIds.messageId(message, body),
                MessageIds.inReplyTo(message),
                MessageIds.references(message),
                subject(message),
                Addresses.valid(sender).orElseThrow(),
                Optional.ofNullable(sender.getPersonal()).map(String::strip).filter(name -> !name.isEmpty()),
                Addresses.valid(Addresses.header(message, "To")),
                Addresses.valid(Addresses.header(message, "Cc")),
                sentAt(message),
                body.text(),
                body.html(),
                body.attachments());
    }

    /** The first valid From address, else the Sender's: a message nobody sent cannot be matched or shown. */
    private static InternetAddress sender(Message message) throws MessagingException {
        for (String header : List.of("From", "Sender")) {
            for (InternetAddress address : Addresses.header(message, header)) {
                if (Addresses.valid(address).isPresent()) {
                    return address;
                }
            }
        }
        throw new UnreadableMessageException("no valid From address");
    }

    // Read from the headers, not through Angus's getters: those use the IMAP ENVELOPE, which a server may not give.
    private static String subject(Message message) throws MessagingException {
        String raw = first(message, "Subject");
        if (raw == null || raw.isBlank()) {
            return "";
        }
        String subject;
        try {
            subject = MimeUtility.decodeText(MimeUtility.unfold(raw));
        } catch (UnsupportedEncodingException e) { // an encoded word in an unknown charset: shown as written
            subject = raw;
        }
        String line = subject.replaceAll("[\\r\\n\\t]+", " ").strip();
        return line.length() <= SUBJECT_MAX ? line : line.substring(0, SUBJECT_MAX);
    }

    /** The Date header, else when the server received it (a missing or unreadable Date header is common in spam). */
    private static Instant sentAt(Message message) throws MessagingException {
        String raw = first(message, "Date");
        Date sent = raw == null ? null : new MailDateFormat().parse(MimeUtility.unfold(raw), new ParsePosition(0));
        Date at = sent != null ? sent : message.getReceivedDate();
        if (at == null) {
            throw new UnreadableMessageException("no date");
        }
        return at.toInstant();
    }

    private static String first(Message message, String header) throws MessagingException {
        String[] values = message.getHeader(header);
        return values == null || values.length == 0 ? null : values[0];
    }
}
