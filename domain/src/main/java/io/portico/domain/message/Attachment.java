package io.portico.domain.message;

import io.portico.domain.shared.FileAttachment;
import java.util.Objects;

/** A file of a message as lists show it: its name, media type and size; the bytes are fetched on download. */
public record Attachment(AttachmentId id, String fileName, String contentType, int size) {

    public Attachment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
    }

    static Attachment of(FileAttachment file) {
        return new Attachment(AttachmentId.random(), file.fileName(), file.contentType(), file.size());
    }
}
