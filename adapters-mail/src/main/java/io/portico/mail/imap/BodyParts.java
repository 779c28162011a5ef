package io.portico.mail.imap;

import io.portico.domain.email.MailAttachment;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Item 3: the bodies and files of a message, whatever its MIME tree (alternative, mixed, related, nested).
 * Unnamed text parts are the bodies (several are joined, as mail clients show them); a part is a file when it is
 * marked as an attachment or has a file name, so an inline image counts only when named. A forwarded message is a
 * file ({@code .eml}). A file over the size cap is listed with its size and no content.
 */
record BodyParts(Optional<String> text, Optional<String> html, List<MailAttachment> attachments) {

    private static final int MAX_DEPTH = 20;
    private static final String OCTET_STREAM = "application/octet-stream";

    static BodyParts of(Part message, long maxAttachmentBytes) throws MessagingException, IOException {
        Collector collector = new Collector(maxAttachmentBytes);
        collector.walk(message, 0);
        return new BodyParts(Optional.ofNullable(collector.text).map(StringBuilder::toString),
                Optional.ofNullable(collector.html).map(StringBuilder::toString), collector.files);
    }

    private static final class Collector {

        private final long maxAttachmentBytes;
        private final List<MailAttachment> files = new ArrayList<>();
        private StringBuilder text;
        private StringBuilder html;

        Collector(long maxAttachmentBytes) {
            this.maxAttachmentBytes = maxAttachmentBytes;
        }

        void walk(Part part, int depth) throws MessagingException, IOException {
            if (depth > MAX_DEPTH) {
                throw new UnreadableMessageException("MIME parts nested more than " + MAX_DEPTH + " deep");
            }
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    walk(multipart.getBodyPart(i), depth + 1);
                }
                return;
            }
            Optional<String> fileName = fileName(part);
            boolean attached = Part.ATTACHMENT.equalsIgnoreCase(disposition(part)) || fileName.isPresent();
            if (!attached && part.isMimeType("text/plain")) {
                text = append(text, decodedText(part));
            } else if (!attached && part.isMimeType("text/html")) {
                html = append(html, decodedText(part));
            } else if (part.isMimeType("message/rfc822")) {
                files.add(file(part, fileName.orElse("message.eml")));
            } else if (attached) {
                files.add(file(part, fileName.orElse("attachment")));
            }
            // else an unnamed inline part (an embedded image, a calendar invitation): not a file of the message
        }

        private MailAttachment file(Part part, String fileName) throws MessagingException, IOException {
            try (InputStream in = part.getInputStream()) {
                ByteArrayOutputStream kept = new ByteArrayOutputStream();
                byte[] buffer = new byte[64 * 1024];
                long size = 0;
                for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                    size += n;
                    if (kept != null && size <= maxAttachmentBytes) {
                        kept.write(buffer, 0, n);
                    } else {
                        kept = null; // over the cap: counted to the end, not kept
                    }
                }
                return new MailAttachment(fileName, baseType(part), size, Optional.ofNullable(kept).map(ByteArrayOutputStream::toByteArray));
            }
        }

        private static StringBuilder append(StringBuilder body, String part) {
            return body == null ? new StringBuilder(part) : body.append('\n').append(part);
        }
    }

    private static String decodedText(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return LenientCharsets.decode(in.readAllBytes(), contentType(part).map(type -> type.getParameter("charset")).orElse(null));
        }
    }

    private static String baseType(Part part) throws MessagingException {
        return contentType(part).map(type -> type.getBaseType().toLowerCase(Locale.ROOT)).orElse(OCTET_STREAM);
    }

    private static Optional<ContentType> contentType(Part part) throws MessagingException {
        String raw = part.getContentType();
        try {
            return raw == null ? Optional.empty() : Optional.of(new ContentType(raw));
        } catch (ParseException e) {
            return Optional.empty();
        }
    }

    private static String disposition(Part part) {
        try {
            return part.getDisposition();
        } catch (MessagingException e) {
            return null; // an unreadable Content-Disposition: decided by the file name and type alone
        }
    }

    /** The file name, RFC 2047 / 2231 decoded, without any folder a sender's client put before it. */
    private static Optional<String> fileName(Part part) {
        String raw;
        try {
            raw = part.getFileName();
        } catch (MessagingException e) {
            return Optional.empty();
        }
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = MimeUtility.decodeText(raw);
        } catch (UnsupportedEncodingException e) {
            decoded = raw;
        }
        String name = decoded.substring(Math.max(decoded.lastIndexOf('/'), decoded.lastIndexOf('\\')) + 1).strip();
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }
}
