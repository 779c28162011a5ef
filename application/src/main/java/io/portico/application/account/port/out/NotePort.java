package io.portico.application.account.port.out;

import io.portico.domain.account.AccountId;
import io.portico.domain.account.Note;
import io.portico.domain.account.NoteId;
import io.portico.domain.account.NoteText;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface NotePort {

    void add(Note note);

    Optional<Note> find(NoteId id);

    void change(NoteId id, NoteText text, Instant at);

    void delete(NoteId id);

    /** Newest first. */
    List<Note> latest(AccountId account, int limit);
}
