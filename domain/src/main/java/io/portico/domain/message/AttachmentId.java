package io.portico.domain.message;

import java.util.Objects;
import java.util.UUID;

/** One file of one message: what a download asks for, checked against who may read the message. */
public record AttachmentId(UUID value) {

    public AttachmentId {
        Objects.requireNonNull(value, "value");
    }

    public static AttachmentId random() {
        return new AttachmentId(UUID.randomUUID());
    }
}
