package io.portico.ui.flow;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;

/** Reads a mailbox of the embedded mail server over IMAP, as a mail client would. */
final class ImapMailbox {

    private final String host;
    private final int port;

    ImapMailbox(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** The text of the newest mail with this subject word, polling until it arrives or the timeout passes. */
    String awaitText(String address, String subjectContains, Duration timeout) throws MessagingException, IOException {
        return awaitNewest(address, subjectContains, timeout, message -> text(message.getContent()));
    }

    /** A header of the newest mail with this subject word (null when it has none), polling until the mail arrives. */
    String awaitHeader(String address, String subjectContains, String header, Duration timeout) throws MessagingException, IOException {
        return awaitNewest(address, subjectContains, timeout, message -> message.getHeader(header) == null ? null : message.getHeader(header)[0]);
    }

    /** What is read of a mail. */
    private interface Read {
        String from(Message message) throws MessagingException, IOException;
    }

    private String awaitNewest(String address, String subjectContains, Duration timeout, Read read) throws MessagingException, IOException {
        Instant giveUp = Instant.now().plus(timeout);
        while (Instant.now().isBefore(giveUp)) {
            String text = newest(address, subjectContains, read);
            if (text != null) {
                return text;
            }
            try {
                Thread.sleep(250); // polling an external server for an event, not measuring time
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("No mail '" + subjectContains + "' for " + address + " within " + timeout);
    }

    /** How many mails with this subject word the address has now (none while it has no mailbox). */
    int count(String address, String subjectContains) throws MessagingException {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        try {
            store.connect(host, port, address, address);
        } catch (jakarta.mail.AuthenticationFailedException e) {
            return 0;
        }
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            int count = 0;
            for (Message message : inbox.getMessages()) {
                count += message.getSubject().contains(subjectContains) ? 1 : 0;
            }
            return count;
        } finally {
            store.close();
        }
    }

    private String newest(String address, String subjectContains, Read read) throws MessagingException, IOException {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        try {
            store.connect(host, port, address, address); // the embedded server's convention: password = address
        } catch (jakarta.mail.AuthenticationFailedException e) {
            return null; // no mail for this address yet: its mailbox does not exist
        }
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            Message[] messages = inbox.getMessages();
            for (int i = messages.length - 1; i >= 0; i--) {
                if (messages[i].getSubject().contains(subjectContains)) {
                    return String.valueOf(read.from(messages[i]));
                }
            }
            return null;
        } finally {
            store.close();
        }
    }

    private static String text(Object content) throws MessagingException, IOException {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                if (multipart.getBodyPart(i).isMimeType("text/plain")) {
                    return multipart.getBodyPart(i).getContent().toString();
                }
            }
            return text(multipart.getBodyPart(0).getContent());
        }
        return content.toString();
    }
}
