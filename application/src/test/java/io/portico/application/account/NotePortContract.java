package io.portico.application.account;

import static io.portico.application.account.AccountFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.account.port.out.AccountPort;
import io.portico.application.account.port.out.NotePort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.account.Account;
import io.portico.domain.account.Note;
import io.portico.domain.account.NoteId;
import io.portico.domain.account.NoteText;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link NotePort} does; each test starts with nothing stored. */
public abstract class NotePortContract {

    protected abstract StaffPort staff();

    protected abstract ContactPort contacts();

    protected abstract AccountPort accounts();

    protected abstract NotePort notes();

    private StaffMember anna;
    private Account rossi;

    @BeforeEach
    void accountExists() {
        anna = AccountFixtures.staff(staff(), "Anna", "Bianchi", StaffRole.OWNER);
        var mario = AccountFixtures.contact(contacts(), anna.id(), "Mario", "Rossi", "mario@rossi.it");
        rossi = AccountFixtures.individual("Rossi", Set.of(anna.id()), AccountFixtures.plain(mario));
        accounts().add(rossi, anna.id(), NOW);
    }

    private Note note(String text, int secondsLater) {
        var note = new Note(NoteId.random(), rossi.id(), new NoteText(text), anna.id(), NOW.plusSeconds(secondsLater), NOW.plusSeconds(secondsLater));
        notes().add(note);
        return note;
    }

    @Test
    void F7_notes_are_listed_newest_first_up_to_the_limit() {
        Note first = note("Called about the VAT return", 0);
        Note second = note("Sent the engagement letter", 10);
        Note third = note("Documents received", 20);
        assertThat(notes().latest(rossi.id(), 5)).containsExactly(third, second, first);
        assertThat(notes().latest(rossi.id(), 2)).containsExactly(third, second);
        assertThat(notes().find(first.id())).contains(first);
    }

    @Test
    void F7_a_note_is_edited_and_deleted() {
        Note note = note("Draft", 0);
        notes().change(note.id(), new NoteText("Final text"), NOW.plusSeconds(60));
        assertThat(notes().find(note.id())).hasValueSatisfying(changed -> {
            assertThat(changed.text().value()).isEqualTo("Final text");
            assertThat(changed.updatedAt()).isEqualTo(NOW.plusSeconds(60));
            assertThat(changed.createdAt()).isEqualTo(NOW);
        });
        notes().delete(note.id());
        assertThat(notes().find(note.id())).isEmpty();
        assertThat(notes().latest(rossi.id(), 5)).isEmpty();
    }
}
