package io.portico.domain.mailbox;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Item 2: how a mailbox's sync stands — when it last reached the server, what it kept and only counted, and, while
 * it fails, why (in plain words, by {@link SyncError}) and since when.
 */
public record MailboxHealth(Optional<Instant> lastSuccessAt, long messagesSynced, long messagesUnmatched,
                            Optional<SyncError> lastError, Optional<Instant> failingSince) {

    /** A mailbox not synced yet. */
    public static final MailboxHealth NEW = new MailboxHealth(Optional.empty(), 0, 0, Optional.empty(), Optional.empty());

    public MailboxHealth {
        Objects.requireNonNull(lastSuccessAt, "lastSuccessAt");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(failingSince, "failingSince");
    }

    public boolean failing() {
        return failingSince.isPresent();
    }
}
