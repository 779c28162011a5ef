package io.portico.application.account.port.in;

import io.portico.domain.account.AccountId;
import io.portico.domain.staff.StaffId;
import java.util.List;

public interface NotesQuery {

    /** The newest notes of an account the viewer may see; none otherwise. */
    List<NoteView> notes(StaffId viewer, AccountId account, int limit);
}
