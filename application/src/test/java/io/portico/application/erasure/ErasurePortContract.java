package io.portico.application.erasure;

import static io.portico.application.account.AccountFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.account.AccountFixtures;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactListPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.erasure.port.ErasureCounts;
import io.portico.application.erasure.port.out.ErasePort;
import io.portico.application.erasure.port.out.ErasureScopePort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.account.Account;
import io.portico.domain.contact.Contact;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every erasure store does with accounts and contacts; each test starts with nothing stored. */
public abstract class ErasurePortContract {

    protected abstract StaffPort staff();

    protected abstract ContactPort contacts();

    protected abstract AccountPort accounts();

    protected abstract ContactListPort links();

    protected abstract ErasureScopePort scope();

    protected abstract ErasePort erase();

    private StaffMember anna;
    private Contact mario;
    private Contact lucia;
    private Account rossi;
    private Account bianchi;

    @BeforeEach
    void accounts_sharing_a_contact() {
        anna = AccountFixtures.staff(staff(), "Anna", "Neri", StaffRole.OWNER);
        mario = AccountFixtures.contact(contacts(), anna.id(), "Mario", "Rossi", "mario@rossi.it");
        lucia = AccountFixtures.contact(contacts(), anna.id(), "Lucia", "Bianchi", "lucia@bianchi.it");
        rossi = AccountFixtures.individual("Rossi", Set.of(anna.id()), AccountFixtures.plain(mario), AccountFixtures.plain(lucia));
        bianchi = AccountFixtures.individual("Bianchi", Set.of(anna.id()), AccountFixtures.plain(lucia));
        accounts().add(rossi, anna.id(), NOW);
        accounts().add(bianchi, anna.id(), NOW);
    }

    @Test
    void issue14_item2_the_preview_counts_contacts_erased_and_only_unlinked_and_changes_nothing() {
        assertThat(scope().ofAccount(rossi.id())).extracting(ErasureCounts::contactsErased, ErasureCounts::contactsUnlinked)
                .containsExactly(1, 1);

        assertThat(accounts().find(rossi.id())).isPresent();
        assertThat(contacts().find(mario.id())).isPresent();
    }

    @Test
    void issue14_item2_erasing_an_account_removes_it_and_its_own_contacts_and_only_unlinks_shared_ones() {
        ErasureCounts counts = erase().eraseAccount(rossi.id(), anna.id(), NOW);

        assertThat(counts.contactsErased()).isEqualTo(1);
        assertThat(counts.contactsUnlinked()).isEqualTo(1);
        assertThat(accounts().find(rossi.id())).isEmpty();
        assertThat(contacts().find(mario.id())).isEmpty();
        assertThat(contacts().find(lucia.id())).contains(lucia);
        assertThat(links().linkedAccounts(lucia.id())).containsExactly(bianchi.id());
        assertThat(accounts().find(bianchi.id())).contains(bianchi);
    }

    @Test
    void issue14_item2_a_contact_linked_nowhere_is_erased_on_its_own() {
        Contact alone = AccountFixtures.contact(contacts(), anna.id(), "Sara", "Verdi", "sara@verdi.it");
        assertThat(scope().ofContact(alone.id()).contactsErased()).isEqualTo(1);

        assertThat(erase().eraseContact(alone.id(), anna.id(), NOW).contactsErased()).isEqualTo(1);

        assertThat(contacts().find(alone.id())).isEmpty();
        assertThat(contacts().find(mario.id())).isPresent();
    }
}
