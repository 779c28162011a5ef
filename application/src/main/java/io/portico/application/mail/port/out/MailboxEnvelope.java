package io.portico.application.mail.port.out;

import io.portico.domain.mailbox.MailboxId;
import io.portico.domain.shared.EmailAddress;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Email sync, item 7: a mail written by staff from an account's Email tab leaves from a firm mailbox — its SMTP
 * server and its address — with its own Message-ID and the headers that thread it, copied to {@code cc}.
 */
public record MailboxEnvelope(MailboxId mailbox, String messageId, Optional<String> inReplyTo, List<String> references,
                              List<EmailAddress> cc) {

    public MailboxEnvelope {
        Objects.requireNonNull(mailbox, "mailbox");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(inReplyTo, "inReplyTo");
        references = List.copyOf(references);
        cc = List.copyOf(cc);
    }
}
