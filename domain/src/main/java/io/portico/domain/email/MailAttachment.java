package io.portico.domain.email;

import java.util.Objects;
import java.util.Optional;

/** A file of a synced message; its content is absent when the file is over the size cap (listed, not kept). */
public record MailAttachment(String fileName, String contentType, long size, Optional<byte[]> content) {

    public MailAttachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }
}
