package io.portico.domain.mailbox;

import java.util.Objects;
import java.util.UUID;

/** D1: one of the firm's mailboxes. */
public record MailboxId(UUID value) {

    public MailboxId {
        Objects.requireNonNull(value, "value");
    }

    public static MailboxId random() {
        return new MailboxId(UUID.randomUUID());
    }
}
