package io.portico.application.account;

import io.portico.application.account.port.in.NoteView;
import io.portico.application.account.port.in.NotesQuery;
import io.portico.application.account.port.in.WriteNoteUseCase;
import io.portico.application.account.port.out.NotePort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.Note;
import io.portico.domain.account.NoteId;
import io.portico.domain.account.NoteText;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.staff.StaffId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

public final class NotesService implements NotesQuery, WriteNoteUseCase {

    private final NotePort notes;
    private final StaffPort staff;
    private final Viewers viewers;
    private final Clock clock;

    public NotesService(NotePort notes, StaffPort staff, Viewers viewers, Clock clock) {
        this.notes = notes;
        this.staff = staff;
        this.viewers = viewers;
        this.clock = clock;
    }

    @Override
    public List<NoteView> notes(StaffId viewer, AccountId account, int limit) {
        if (viewers.visible(viewer, account).isEmpty()) {
            return List.of();
        }
        return notes.latest(account, limit).stream().map(note -> new NoteView(note.id(), note.text().value(),
                staff.findById(note.author()).map(m -> m.name().full()).orElse(""), note.createdAt(), note.updatedAt())).toList();
    }

    @Override
    public NoteId add(StaffId author, AccountId account, String text) {
        NoteText checked = new NoteText(text);
        viewers.manageable(author, account); // notes stay open on an archived account: why the client left
        Instant now = clock.instant();
        Note note = new Note(NoteId.random(), account, checked, author, now, now);
        notes.add(note);
        return note.id();
    }

    @Override
    public void edit(StaffId editor, NoteId id, String text) {
        NoteText checked = new NoteText(text);
        notes.change(editable(editor, id).id(), checked, clock.instant());
    }

    @Override
    public void delete(StaffId editor, NoteId id) {
        notes.delete(editable(editor, id).id());
    }

    private Note editable(StaffId editor, NoteId id) {
        Note note = notes.find(id).orElseThrow(() -> new InvalidInputException("note", "note.not-found"));
        viewers.manageable(editor, note.account());
        return note;
    }
}
