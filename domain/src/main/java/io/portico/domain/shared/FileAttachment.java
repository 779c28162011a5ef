package io.portico.domain.shared;

import java.util.Objects;

/** A file sent with a message or a mail: its name as the sender gave it, its media type and its bytes. */
public record FileAttachment(String fileName, String contentType, byte[] content) {

    public FileAttachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
        contentType = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
    }

    public int size() {
        return content.length;
    }
}
