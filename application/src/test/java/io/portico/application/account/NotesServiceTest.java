package io.portico.application.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.account.port.in.NoteView;
import io.portico.application.contact.InMemoryContacts;
import io.portico.application.shared.MutableClock;
import io.portico.application.staff.InMemoryStaff;
import io.portico.domain.account.Account;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRight;
import io.portico.domain.staff.StaffRole;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NotesServiceTest {

    private final MutableClock clock = new MutableClock(AccountFixtures.NOW);
    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryContacts contacts = new InMemoryContacts();
    private final InMemoryAccounts accounts = new InMemoryAccounts(contacts, staff);
    private final InMemoryNotes notePort = new InMemoryNotes();
    private final NotesService notes = new NotesService(notePort, staff, new Viewers(staff, accounts, accounts.archive()), clock);

    private StaffMember anna;
    private StaffMember paola;
    private Account rossi;

    @BeforeEach
    void account() {
        anna = AccountFixtures.staff(staff, "Anna", "Bianchi", StaffRole.OWNER);
        paola = AccountFixtures.staff(staff, "Paola", "Neri", StaffRole.EMPLOYEE);
        var mario = AccountFixtures.contact(contacts, anna.id(), "Mario", "Rossi", "mario@rossi.it");
        rossi = AccountFixtures.individual("Rossi", Set.of(anna.id()), AccountFixtures.plain(mario));
        accounts.add(rossi, anna.id(), AccountFixtures.NOW);
    }

    @Test
    void F7_staff_add_edit_and_delete_notes_newest_first_with_their_author() {
        var first = notes.add(anna.id(), rossi.id(), "Called about the VAT return");
        clock.advance(Duration.ofMinutes(1));
        notes.add(anna.id(), rossi.id(), "  Sent the engagement letter ");
        assertThat(notes.notes(anna.id(), rossi.id(), 5)).extracting(NoteView::text, NoteView::author).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Sent the engagement letter", "Anna Bianchi"),
                org.assertj.core.groups.Tuple.tuple("Called about the VAT return", "Anna Bianchi"));

        notes.edit(anna.id(), first, "Called twice about the VAT return");
        notes.delete(anna.id(), notes.notes(anna.id(), rossi.id(), 1).getFirst().id());
        assertThat(notes.notes(anna.id(), rossi.id(), 5)).extracting(NoteView::text).containsExactly("Called twice about the VAT return");
    }

    @Test
    void F7_a_blank_note_is_refused_naming_the_field() {
        assertThatThrownBy(() -> notes.add(anna.id(), rossi.id(), "   "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("note"));
        assertThat(notes.notes(anna.id(), rossi.id(), 5)).isEmpty();
    }

    @Test
    void F2_notes_of_an_account_one_may_not_see_are_neither_shown_nor_changed() {
        var note = notes.add(anna.id(), rossi.id(), "Confidential");
        assertThat(notes.notes(paola.id(), rossi.id(), 5)).isEmpty();
        assertThatThrownBy(() -> notes.add(paola.id(), rossi.id(), "Mine")).isInstanceOf(InvalidInputException.class);
        staff.grantRights(paola.id(), Set.of(StaffRight.VIEW_ALL_ACCOUNTS));
        assertThat(notes.notes(paola.id(), rossi.id(), 5)).hasSize(1);
        assertThatThrownBy(() -> notes.delete(paola.id(), note)).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void F7_a_note_deleted_meanwhile_cannot_be_deleted_again() {
        var note = notes.add(anna.id(), rossi.id(), "Call back");
        notes.delete(anna.id(), note);
        assertThatThrownBy(() -> notes.delete(anna.id(), note))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("note.not-found"));
    }
}
