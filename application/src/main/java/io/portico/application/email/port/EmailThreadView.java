package io.portico.application.email.port;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Item 6: an open thread — only its messages the reader may see (D2, D5), oldest first. */
public record EmailThreadView(UUID id, String subject, List<SyncedMessage> messages) {

    public EmailThreadView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        messages = List.copyOf(messages);
    }
}
