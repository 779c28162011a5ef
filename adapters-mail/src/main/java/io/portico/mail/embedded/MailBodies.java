package io.portico.mail.embedded;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.io.IOException;

/** The first text/html and text/plain parts of a mail that are not attachments, whatever the nesting. */
record MailBodies(String html, String text) {

    static MailBodies of(Part message) throws MessagingException, IOException {
        var finder = new Finder();
        finder.visit(message);
        return new MailBodies(orEmpty(finder.html), orEmpty(finder.text));
    }

    // Mail travels with CRLF line ends; the Dev mailbox shows bodies as Java text.
    private static String orEmpty(String body) {
        return body == null ? "" : body.replace("\r\n", "\n");
    }

    private static final class Finder {
        private String html;
        private String text;

        void visit(Part part) throws MessagingException, IOException {
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                return;
            }
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    visit(multipart.getBodyPart(i));
                }
            } else if (part.isMimeType("text/html") && html == null) {
                html = (String) part.getContent();
            } else if (part.isMimeType("text/plain") && text == null) {
                text = (String) part.getContent();
            }
        }
    }
}
