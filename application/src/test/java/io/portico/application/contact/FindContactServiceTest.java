package io.portico.application.contact;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.account.AccountFixtures;
import io.portico.application.staff.InMemoryStaff;
import io.portico.domain.staff.StaffRole;
import org.junit.jupiter.api.Test;

class FindContactServiceTest {

    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryContacts contacts = new InMemoryContacts();
    private final FindContactService find = new FindContactService(contacts);

    @Test
    void A8_an_address_that_exists_offers_its_contact_instead_of_a_duplicate() {
        var anna = AccountFixtures.staff(staff, "Anna", "Bianchi", StaffRole.OWNER);
        var mario = AccountFixtures.contact(contacts, anna.id(), "Mario", "Rossi", "mario@rossi.it", "m.rossi@gmail.com");
        assertThat(find.byEmail(" M.Rossi@GMAIL.com ")).hasValueSatisfying(summary -> {
            assertThat(summary.id()).isEqualTo(mario.id());
            assertThat(summary.name()).isEqualTo("Mario Rossi");
            assertThat(summary.emails()).containsExactly("mario@rossi.it", "m.rossi@gmail.com");
        });
        assertThat(find.byEmail("someone@else.it")).isEmpty();
        assertThat(find.byEmail("not an address")).isEmpty();
    }
}
