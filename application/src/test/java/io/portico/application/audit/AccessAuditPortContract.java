package io.portico.application.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.account.AccountFixtures;
import io.portico.application.account.port.out.AccountPort;
import io.portico.domain.account.access.Actor;
import io.portico.domain.account.access.HistoryEntry;
import io.portico.domain.account.access.HistoryType;
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

        var first = new HistoryEntry(rossi.id(), Actor.staff(anna.id()), AccountFixtures.NOW, HistoryType.LOGIN, "mario@rossi.it", "off", "on");
        var second = new HistoryEntry(rossi.id(), Actor.staff(anna.id()), AccountFixtures.NOW.plusSeconds(5), HistoryType.NOTIFY,
                "mario@rossi.it", "off", "on");
        audit().record(first);
        audit().record(second);
        audit().record(new HistoryEntry(verdi.id(), Actor.staff(anna.id()), AccountFixtures.NOW, HistoryType.TEAM_MEMBER_ADDED, "Anna Bianchi"));

        assertThat(audit().history(rossi.id(), 10)).containsExactly(second, first);
        assertThat(audit().history(rossi.id(), 1)).containsExactly(second);
    }

    @Test
    void an_entry_keeps_every_parameter_the_client_as_actor_and_a_bulk_jobs_id() {
        StaffMember anna = AccountFixtures.staff(staff(), "Anna", "Bianchi", StaffRole.OWNER);
        var mario = AccountFixtures.contact(contacts(), anna.id(), "Mario", "Rossi", "mario@rossi.it");
        Account rossi = AccountFixtures.individual("Rossi", Set.of(anna.id()), AccountFixtures.plain(mario));
        accounts().add(rossi, anna.id(), AccountFixtures.NOW);
        var byJob = new Actor(java.util.Optional.of(anna.id()), java.util.Optional.of(java.util.UUID.randomUUID()));
        var moved = new HistoryEntry(rossi.id(), byJob, AccountFixtures.NOW, HistoryType.ADDRESSES_CHANGED, "Mario Rossi",
                "mario@rossi.it", "mario@nuovo.it, m@rossi.it");
        var activated = new HistoryEntry(rossi.id(), Actor.client(), AccountFixtures.NOW.plusSeconds(1), HistoryType.ACTIVATED,
                "mario@nuovo.it");

        audit().record(moved);
        audit().record(activated);

        assertThat(audit().history(rossi.id(), 10)).containsExactly(activated, moved);
    }
}
