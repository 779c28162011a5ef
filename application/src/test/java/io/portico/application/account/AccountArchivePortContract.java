package io.portico.application.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.account.port.out.AccountArchivePort;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.account.Account;
import io.portico.domain.staff.StaffRole;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link AccountArchivePort} does; each test starts with nothing stored. */
public abstract class AccountArchivePortContract {

    protected abstract StaffPort staff();

    protected abstract ContactPort contacts();

    protected abstract AccountPort accounts();

    protected abstract AccountArchivePort archive();

    @Test
    void issue14_item1_an_account_is_archived_once_and_restored() {
        var anna = AccountFixtures.staff(staff(), "Anna", "Bianchi", StaffRole.OWNER);
        var mario = AccountFixtures.contact(contacts(), anna.id(), "Mario", "Rossi", "mario@rossi.it");
        Account rossi = AccountFixtures.individual("Rossi", Set.of(anna.id()), AccountFixtures.plain(mario));
        accounts().add(rossi, anna.id(), AccountFixtures.NOW);
        assertThat(archive().archivedAt(rossi.id())).isEmpty();

        archive().archive(rossi.id(), AccountFixtures.NOW);
        archive().archive(rossi.id(), AccountFixtures.NOW.plusSeconds(60));
        assertThat(archive().archivedAt(rossi.id())).contains(AccountFixtures.NOW);

        archive().restore(rossi.id());
        assertThat(archive().archivedAt(rossi.id())).isEmpty();
    }
}
