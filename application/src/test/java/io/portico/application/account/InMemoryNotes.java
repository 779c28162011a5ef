package io.portico.application.account;

import io.portico.application.account.port.out.NotePort;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.Note;
import io.portico.domain.account.NoteId;
import io.portico.domain.account.NoteText;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryNotes implements NotePort {

    private final Map<NoteId, Note> notes = new ConcurrentHashMap<>();

    @Override
    public void add(Note note) {
        notes.put(note.id(), note);
    }

    @Override
    public Optional<Note> find(NoteId id) {
        return Optional.ofNullable(notes.get(id));
    }

    @Override
    public void change(NoteId id, NoteText text, Instant at) {
        notes.computeIfPresent(id, (key, n) -> new Note(n.id(), n.account(), text, n.author(), n.createdAt(), at));
    }

    @Override
    public void delete(NoteId id) {
        notes.remove(id);
    }

    @Override
    public List<Note> latest(AccountId account, int limit) {
        return notes.values().stream().filter(n -> n.account().equals(account))
                .sorted(Comparator.comparing(Note::createdAt).reversed()).limit(limit).toList();
    }
}
