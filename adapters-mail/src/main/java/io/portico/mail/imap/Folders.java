package io.portico.mail.imap;

import io.portico.domain.shared.EmailAddress;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Service;
import jakarta.mail.search.AndTerm;
import jakarta.mail.search.ComparisonTerm;
import jakarta.mail.search.FromStringTerm;
import jakarta.mail.search.OrTerm;
import jakarta.mail.search.ReceivedDateTerm;
import jakarta.mail.search.RecipientStringTerm;
import jakarta.mail.search.SearchTerm;
import java.time.Instant;
import java.util.Date;
import org.eclipse.angus.mail.imap.IMAPMessage;

/** Small IMAP helpers shared by the connection's operations. */
final class Folders {

    private Folders() {
    }

    /** IMAP SEARCH: {@code address} in From, To or Cc, received on or after the day of {@code since}. */
    static SearchTerm exchangedWith(EmailAddress address, Instant since) {
        String value = address.value();
        SearchTerm anyRole = new OrTerm(new SearchTerm[] {
                new FromStringTerm(value),
                new RecipientStringTerm(Message.RecipientType.TO, value),
                new RecipientStringTerm(Message.RecipientType.CC, value)});
        return new AndTerm(anyRole, new ReceivedDateTerm(ComparisonTerm.GE, Date.from(since)));
    }

    /** Lets Angus drop what it holds of these messages (envelope, headers, content); their UIDs stay known. */
    static void release(Message[] messages) {
        for (Message message : messages) {
            if (message instanceof IMAPMessage imap) {
                imap.invalidateHeaders();
            }
        }
    }

    static void closeQuietly(Folder folder) {
        try {
            if (folder != null && folder.isOpen()) {
                folder.close(false);
            }
        } catch (MessagingException | RuntimeException e) {
            // closing is best effort: the server may already have dropped the connection
        }
    }

    static void closeQuietly(Service service) {
        try {
            service.close();
        } catch (MessagingException | RuntimeException e) {
            // closing is best effort, as above
        }
    }
}
