package io.portico.application.account.port.in;

import io.portico.domain.account.NoteId;
import java.time.Instant;

/** A note as the profile shows it. */
public record NoteView(NoteId id, String text, String author, Instant createdAt, Instant updatedAt) {
}
