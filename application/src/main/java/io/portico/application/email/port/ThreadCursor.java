package io.portico.application.email.port;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Item 6: where a page of threads (newest first) ends — the next page starts after this thread. */
public record ThreadCursor(Instant lastMessageAt, UUID thread) {

    public ThreadCursor {
        Objects.requireNonNull(lastMessageAt, "lastMessageAt");
        Objects.requireNonNull(thread, "thread");
    }
}
