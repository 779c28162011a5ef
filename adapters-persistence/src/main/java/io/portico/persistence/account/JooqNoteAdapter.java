package io.portico.persistence.account;

import static io.portico.persistence.jooq.Tables.ACCOUNT_NOTE;

import io.portico.application.account.port.out.NotePort;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.Note;
import io.portico.domain.account.NoteId;
import io.portico.domain.account.NoteText;
import io.portico.domain.staff.StaffId;
import io.portico.persistence.jooq.tables.records.AccountNoteRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class JooqNoteAdapter implements NotePort {

    private final DSLContext dsl;

    JooqNoteAdapter(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(Note note) {
        dsl.insertInto(ACCOUNT_NOTE)
                .set(ACCOUNT_NOTE.ID, note.id().value())
                .set(ACCOUNT_NOTE.ACCOUNT_ID, note.account().value())
                .set(ACCOUNT_NOTE.AUTHOR_ID, note.author().value())
                .set(ACCOUNT_NOTE.TEXT, note.text().value())
                .set(ACCOUNT_NOTE.CREATED_AT, note.createdAt())
                .set(ACCOUNT_NOTE.UPDATED_AT, note.updatedAt())
                .execute();
    }

    @Override
    public Optional<Note> find(NoteId id) {
        return dsl.selectFrom(ACCOUNT_NOTE).where(ACCOUNT_NOTE.ID.eq(id.value())).fetchOptional(JooqNoteAdapter::toNote);
    }

    @Override
    public void change(NoteId id, NoteText text, Instant at) {
        dsl.update(ACCOUNT_NOTE).set(ACCOUNT_NOTE.TEXT, text.value()).set(ACCOUNT_NOTE.UPDATED_AT, at)
                .where(ACCOUNT_NOTE.ID.eq(id.value())).execute();
    }

    @Override
    public void delete(NoteId id) {
        dsl.deleteFrom(ACCOUNT_NOTE).where(ACCOUNT_NOTE.ID.eq(id.value())).execute();
    }

    @Override
    public List<Note> latest(AccountId account, int limit) {
        return dsl.selectFrom(ACCOUNT_NOTE).where(ACCOUNT_NOTE.ACCOUNT_ID.eq(account.value()))
                .orderBy(ACCOUNT_NOTE.CREATED_AT.desc()).limit(limit).fetch(JooqNoteAdapter::toNote);
    }

    private static Note toNote(AccountNoteRecord row) {
        return new Note(new NoteId(row.getId()), new AccountId(row.getAccountId()), new NoteText(row.getText()),
                new StaffId(row.getAuthorId()), row.getCreatedAt(), row.getUpdatedAt());
    }
}
