package io.portico.application.mailbox.port.out;

import io.portico.application.mail.port.out.OutgoingMail;
import io.portico.domain.mailbox.Mailbox;
import java.util.List;
import java.util.Map;

/**
 * Item 7: sends mails through a firm mailbox's own SMTP server, signed in as its SMTP user, from its address, with
 * each mail's envelope headers (Message-ID, In-Reply-To, References, Cc).
 */
public interface SendThroughMailboxPort {

    /** @return why each mail that was not sent failed, by its position in {@code mails}; empty when all were sent */
    Map<Integer, RuntimeException> sendAll(Mailbox mailbox, List<OutgoingMail> mails);
}
