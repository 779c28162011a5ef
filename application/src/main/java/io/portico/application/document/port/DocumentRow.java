package io.portico.application.document.port;

import io.portico.domain.document.DocumentId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** D3, item 9: a document as the Documents tab lists it; also the cursor of the page after it. */
public record DocumentRow(DocumentId id, String fileName, long size, Instant createdAt, Optional<String> sourceSubject) {

    public DocumentRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(sourceSubject, "sourceSubject");
    }
}
