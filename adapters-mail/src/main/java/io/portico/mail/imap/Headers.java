package io.portico.mail.imap;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;

/** The raw value of a header that may occur several times. */
final class Headers {

    private Headers() {
    }

    /** @return every occurrence of the header joined by {@code delimiter}, or null when there is none */
    static String joined(Part part, String name, String delimiter) throws MessagingException {
        String[] values = part.getHeader(name);
        return values == null || values.length == 0 ? null : String.join(delimiter, values);
    }
}
