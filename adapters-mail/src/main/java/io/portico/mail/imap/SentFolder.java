package io.portico.mail.imap;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import java.util.List;
import java.util.Optional;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;

/**
 * Item 3: where a mailbox keeps what the firm sent. Servers that know SPECIAL-USE (RFC 6154) mark it {@code \Sent};
 * others are recognised by the names mail clients give it, in English and in the firm languages (it, fr, es, ro)
 * and German, matched on the folder's own name so that "INBOX.Sent" and "[Gmail]/Sent Mail" are found too.
 */
final class SentFolder {

    private static final String SENT_ATTRIBUTE = "\\Sent";
    private static final List<String> USUAL_NAMES = List.of(
            "Sent", "Sent Items", "Sent Messages", "Sent Mail", "Sent Mails",
            "Posta inviata", "Inviata", "Inviati", "Elementi inviati",
            "Envoyés", "Éléments envoyés", "Messages envoyés",
            "Enviados", "Elementos enviados", "Correo enviado",
            "Trimise", "Elemente trimise", "Mesaje trimise",
            "Gesendet", "Gesendete Elemente", "Gesendete Objekte");

    private SentFolder() {
    }

    /** @return the full name of the sent folder, or empty when the mailbox has none */
    static Optional<String> find(IMAPStore store) throws MessagingException {
        Folder[] all = store.getDefaultFolder().list("*");
        for (Folder folder : all) {
            if (hasSentAttribute((IMAPFolder) folder)) {
                return Optional.of(folder.getFullName());
            }
        }
        for (String name : USUAL_NAMES) {
            for (Folder folder : all) {
                if (folder.getName().equalsIgnoreCase(name)) {
                    return Optional.of(folder.getFullName());
                }
            }
        }
        return Optional.empty();
    }

    private static boolean hasSentAttribute(IMAPFolder folder) throws MessagingException {
        String[] attributes = folder.getAttributes();
        if (attributes != null) {
            for (String attribute : attributes) {
                if (SENT_ATTRIBUTE.equalsIgnoreCase(attribute)) {
                    return true;
                }
            }
        }
        return false;
    }
}
