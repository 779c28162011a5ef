package io.portico.application.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.account.port.in.AccountPhotoUseCase;
import io.portico.application.account.port.out.PhotoProcessor;
import io.portico.application.contact.InMemoryContacts;
import io.portico.application.staff.InMemoryStaff;
import io.portico.domain.account.Account;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.staff.StaffRole;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountPhotoServiceTest {

    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryContacts contacts = new InMemoryContacts();
    private final InMemoryAccounts accounts = new InMemoryAccounts(contacts, staff);
    private final InMemoryAccountPhotos photos = new InMemoryAccountPhotos();
    /** Marks what it was given, so the test sees the processed picture was stored. */
    private final PhotoProcessor processor = (picture, size) -> new byte[] {(byte) size, (byte) picture.length};
    private final AccountPhotoService service = new AccountPhotoService(photos, processor, new Viewers(staff, accounts, accounts.archive()));

    @Test
    void F1_an_uploaded_photo_is_resized_and_shown_only_to_those_who_may_see_the_account() {
        var anna = AccountFixtures.staff(staff, "Anna", "Bianchi", StaffRole.OWNER);
        var paola = AccountFixtures.staff(staff, "Paola", "Neri", StaffRole.EMPLOYEE);
        var mario = AccountFixtures.contact(contacts, anna.id(), "Mario", "Rossi", "mario@rossi.it");
        Account rossi = AccountFixtures.individual("Rossi", Set.of(anna.id()), AccountFixtures.plain(mario));
        accounts.add(rossi, anna.id(), AccountFixtures.NOW);

        service.change(anna.id(), rossi.id(), new byte[] {9, 9, 9});
        assertThat(service.photo(anna.id(), rossi.id())).hasValueSatisfying(png ->
                assertThat(png).containsExactly((byte) AccountPhotoUseCase.SIZE, (byte) 3));
        assertThat(service.photo(paola.id(), rossi.id())).isEmpty();
        assertThatThrownBy(() -> service.change(anna.id(), rossi.id(), new byte[0]))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("photo"));
        service.change(anna.id(), rossi.id(), new byte[AccountPhotoUseCase.MAX_UPLOAD_BYTES]);
        assertThatThrownBy(() -> service.change(anna.id(), rossi.id(), new byte[AccountPhotoUseCase.MAX_UPLOAD_BYTES + 1]))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.arguments()).containsExactly(10));
    }
}
