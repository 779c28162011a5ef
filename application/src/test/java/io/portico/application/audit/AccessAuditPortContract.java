package io.portico.application.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.account.AccountFixtures;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.audit.port.in.AccessChange;
import io.portico.application.audit.port.out.AccessAuditPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.account.Account;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link AccessAuditPort} does; each test starts with nothing stored. */
public abstract class AccessAuditPortContract {

    protected abstract StaffPort staff();

    protected abstract ContactPort contacts();

    protected abstract AccountPort accounts();

    protected abstract AccessAuditPort audit();

    @Test
    void the_access_history_of_an_account_is_newest_first_and_its_own() {
        StaffMember anna = AccountFixtures.staff(staff(), "Anna", "Bianchi", StaffRole.OWNER);
        var mario = AccountFixtures.contact(contacts(), anna.id(), "Mario", "Rossi", "mario@rossi.it");
        var lucia = AccountFixtures.contact(contacts(), anna.id(), "Lucia", "Verdi", "lucia@verdi.it");
        Account rossi = AccountFixtures.individual("Rossi", Set.of(anna.id()), AccountFixtures.plain(mario));
        Account verdi = AccountFixtures.individual("Verdi", Set.of(anna.id()), AccountFixtures.plain(lucia));
        accounts().add(rossi, anna.id(), AccountFixtures.NOW);
        accounts().add(verdi, anna.id(), AccountFixtures.NOW);

        var first = new AccessChange(rossi.id(), anna.id(), AccountFixtures.NOW, "LOGIN mario@rossi.it", "off", "on");
        var second = new AccessChange(rossi.id(), anna.id(), AccountFixtures.NOW.plusSeconds(5), "NOTIFY mario@rossi.it", "off", "on");
        audit().record(first);
        audit().record(second);
        audit().record(new AccessChange(verdi.id(), anna.id(), AccountFixtures.NOW, "team", "", "Anna Bianchi"));

        assertThat(audit().history(rossi.id(), 10)).containsExactly(second, first);
        assertThat(audit().history(rossi.id(), 1)).containsExactly(second);
    }
}
