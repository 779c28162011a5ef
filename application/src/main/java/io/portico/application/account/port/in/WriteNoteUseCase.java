package io.portico.application.account.port.in;

import io.portico.domain.account.AccountId;
import io.portico.domain.account.NoteId;
import io.portico.domain.staff.StaffId;

/** F7: staff add, edit and delete notes on the accounts they may edit. */
public interface WriteNoteUseCase {

    /** @throws io.portico.domain.shared.InvalidInputException on field "note" for a blank or too long text */
    NoteId add(StaffId author, AccountId account, String text);

    void edit(StaffId editor, NoteId note, String text);

    void delete(StaffId editor, NoteId note);
}
