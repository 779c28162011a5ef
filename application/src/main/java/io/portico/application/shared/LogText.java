package io.portico.application.shared;

import java.util.regex.Pattern;

/**
 * Issue 14 item 6: text from elsewhere (a mail server's reply, an exception's message) on its way into a log line.
 * Servers quote the recipient ("550 5.1.1 &lt;anna@example.com&gt;: user unknown"); the log keeps the reason, never
 * the address.
 */
public final class LogText {

    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>(),;:\\[\\]]+@[^\\s<>\"'(),;:\\[\\]]+");

    private LogText() {
    }

    /** The text with every email address replaced by {@code <address>}. */
    public static String redacted(String text) {
        return text == null ? "" : ADDRESS.matcher(text).replaceAll("<address>");
    }
}
