package io.portico.application.contact;

import static io.portico.application.account.AccountFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.account.AccountFixtures;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.ContactListRequest;
import io.portico.application.contact.port.ContactRow;
import io.portico.application.contact.port.out.ContactListPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.account.Account;
import io.portico.domain.contact.Contact;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ContactListPort} does; each test starts with nothing stored. */
public abstract class ContactListPortContract {

    protected abstract StaffPort staff();

    protected abstract ContactPort contacts();

    protected abstract AccountPort accounts();

    protected abstract ContactListPort list();

    private StaffMember marco;
    private Contact mario;
    private Account family;
    private Account business;

    @BeforeEach
    void clients() {
        StaffMember anna = AccountFixtures.staff(staff(), "Anna", "Bianchi", StaffRole.OWNER);
        marco = AccountFixtures.staff(staff(), "Marco", "Verdi", StaffRole.EMPLOYEE);
        mario = AccountFixtures.contact(contacts(), anna.id(), "Mario", "Rossi", "mario@rossi.it");
        Contact lucia = AccountFixtures.contact(contacts(), anna.id(), "Lucia", "Rossi");
        Contact ada = AccountFixtures.contact(contacts(), anna.id(), "Ada", "Bruni", "ada@bruni.it");
        family = AccountFixtures.individual("Rossi family", Set.of(anna.id()), AccountFixtures.plain(mario), AccountFixtures.plain(lucia));
        business = AccountFixtures.company("Rossi", Set.of(marco.id()), AccountFixtures.plain(mario));
        accounts().add(family, anna.id(), NOW);
        accounts().add(business, anna.id(), NOW);
        accounts().add(AccountFixtures.individual("Bruni", Set.of(anna.id()), AccountFixtures.plain(ada)), anna.id(), NOW);
    }

    @Test
    void E4_contacts_are_listed_by_last_then_first_name_with_their_accounts() {
        List<ContactRow> rows = list().page(new ContactListRequest(Optional.empty(), Optional.empty(), 10));
        assertThat(rows).extracting(ContactRow::name).containsExactly("Ada Bruni", "Lucia Rossi", "Mario Rossi");
        assertThat(rows.get(2).primaryEmail()).isEqualTo("mario@rossi.it");
        assertThat(rows.get(2).accounts()).containsExactlyInAnyOrder("Rossi family", "Rossi");
        assertThat(rows.get(1).primaryEmail()).isEmpty();
    }

    @Test
    void E4_pages_follow_each_other() {
        List<ContactRow> seen = new ArrayList<>();
        var request = new ContactListRequest(Optional.empty(), Optional.empty(), 2);
        for (var page = list().page(request); !page.isEmpty(); page = list().page(request)) {
            seen.addAll(page);
            request = request.after(page.getLast());
        }
        assertThat(seen).extracting(ContactRow::name).containsExactly("Ada Bruni", "Lucia Rossi", "Mario Rossi");
    }

    @Test
    void F2_an_employee_restricted_to_their_team_sees_the_contacts_of_those_accounts() {
        assertThat(list().page(new ContactListRequest(Optional.of(marco.id()), Optional.empty(), 10)))
                .extracting(ContactRow::name).containsExactly("Mario Rossi");
    }

    @Test
    void the_accounts_a_contact_is_linked_to_are_known() {
        assertThat(list().linkedAccounts(mario.id())).containsExactlyInAnyOrder(family.id(), business.id());
    }
}
