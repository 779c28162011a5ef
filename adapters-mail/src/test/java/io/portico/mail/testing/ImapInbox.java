package io.portico.mail.testing;

import jakarta.mail.Address;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/** Reads a mailbox over IMAP with jakarta.mail, as a mail client would, into plain values. */
public final class ImapInbox {

    /** One mail as it came over IMAP; {@code parts} lists its leaf body parts, in order, however nested. */
    public record ReadMail(String from, List<String> to, String subject, String contentType, List<Part> parts) {

        public Part part(String mimeType) {
            return parts.stream().filter(p -> p.contentType().toLowerCase().startsWith(mimeType)).findFirst().orElseThrow();
        }
    }

    public record Part(String contentType, String content) {
    }

    private ImapInbox() {
    }

    /** Logs in with {@code login}/{@code password} and reads every mail in INBOX. */
    public static List<ReadMail> read(String host, int port, String login, String password) throws MessagingException, IOException {
        Properties properties = new Properties();
        properties.put("mail.imap.connectiontimeout", "5000");
        properties.put("mail.imap.timeout", "5000");
        try (Store store = Session.getInstance(properties).getStore("imap")) {
            store.connect(host, port, login, password);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                List<ReadMail> mails = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    mails.add(read(message));
                }
                return mails;
            } finally {
                inbox.close(false);
            }
        }
    }

    private static ReadMail read(Message message) throws MessagingException, IOException {
        List<Part> parts = new ArrayList<>();
        collectLeaves(message, parts);
        return new ReadMail(
                Arrays.stream(message.getFrom()).map(Address::toString).findFirst().orElseThrow(),
                Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Address::toString).toList(),
                message.getSubject(),
                message.getContentType(),
                parts);
    }

    private static void collectLeaves(jakarta.mail.Part part, List<Part> leaves) throws MessagingException, IOException {
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                collectLeaves(multipart.getBodyPart(i), leaves);
            }
        } else {
            leaves.add(new Part(part.getContentType(), String.valueOf(part.getContent())));
        }
    }
}
