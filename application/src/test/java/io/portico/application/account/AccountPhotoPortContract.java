package io.portico.application.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.account.port.out.AccountPhotoPort;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.account.Account;
import io.portico.domain.staff.StaffRole;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link AccountPhotoPort} does; each test starts with nothing stored. */
public abstract class AccountPhotoPortContract {

    protected abstract StaffPort staff();

    protected abstract ContactPort contacts();

    protected abstract AccountPort accounts();

    protected abstract AccountPhotoPort photos();

    @Test
    void F1_a_photo_is_stored_and_replaced() {
        var anna = AccountFixtures.staff(staff(), "Anna", "Bianchi", StaffRole.OWNER);
        var mario = AccountFixtures.contact(contacts(), anna.id(), "Mario", "Rossi", "mario@rossi.it");
        Account rossi = AccountFixtures.individual("Rossi", Set.of(anna.id()), AccountFixtures.plain(mario));
        accounts().add(rossi, anna.id(), AccountFixtures.NOW);

        assertThat(photos().load(rossi.id())).isEmpty();
        photos().save(rossi.id(), new byte[] {1, 2, 3});
        photos().save(rossi.id(), new byte[] {4, 5});
        assertThat(photos().load(rossi.id())).hasValueSatisfying(png -> assertThat(png).containsExactly(4, 5));
    }
}
