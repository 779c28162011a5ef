package io.portico.domain.account;

import io.portico.domain.staff.StaffId;
import java.time.Instant;
import java.util.Objects;

/** F7: a note on an account, with who wrote it and when it was last changed. */
public record Note(NoteId id, AccountId account, NoteText text, StaffId author, Instant createdAt, Instant updatedAt) {

    public Note {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
