package io.portico.application.email.port;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Item 6: one synced message as a thread shows it; addresses are lookup keys, bodies as stored (HTML unsanitised). */
public record SyncedMessage(UUID id, String from, Optional<String> fromName, List<String> to, List<String> cc, Instant sentAt,
                            String subject, Optional<String> textBody, Optional<String> htmlBody, List<SyncedAttachment> attachments) {

    public SyncedMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(fromName, "fromName");
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(textBody, "textBody");
        Objects.requireNonNull(htmlBody, "htmlBody");
        attachments = List.copyOf(attachments);
    }
}
