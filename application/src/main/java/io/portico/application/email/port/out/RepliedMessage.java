package io.portico.application.email.port.out;

import io.portico.domain.shared.EmailAddress;
import java.util.List;
import java.util.Objects;

/** The headers of a synced message that a reply is written from: who to answer and how to thread the answer. */
public record RepliedMessage(String messageId, List<String> references, String subject, EmailAddress from,
                             List<EmailAddress> to, List<EmailAddress> cc) {

    public RepliedMessage {
        Objects.requireNonNull(messageId, "messageId");
        references = List.copyOf(references);
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(from, "from");
        to = List.copyOf(to);
        cc = List.copyOf(cc);
    }
}
