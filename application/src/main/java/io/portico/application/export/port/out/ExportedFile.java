package io.portico.application.export.port.out;

import java.util.Objects;

/**
 * Issue 14 item 3: one stored file of an export (a message's attachment, a synced mail's attachment, a document),
 * at the {@code path} inside the ZIP its section's "path" column names. Held one at a time.
 */
public record ExportedFile(String path, byte[] content) {

    public ExportedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
    }
}
