package io.portico.application.email.port;

import java.util.Objects;
import java.util.UUID;

/** Item 6: a file of a synced message; {@code kept} is false when it was over the size cap (listed, not kept). */
public record SyncedAttachment(UUID id, String fileName, String contentType, long size, boolean kept) {

    public SyncedAttachment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
    }
}
