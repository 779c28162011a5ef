package io.portico.application.account;

import static io.portico.application.account.AccountFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.account.port.AccountFigures;
import io.portico.application.account.port.PortalStatus;
import io.portico.application.account.port.out.AccountFiguresPort;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.portal.port.out.UnlinkedAccessPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.Account;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.AccountName;
import io.portico.domain.account.AccountType;
import io.portico.domain.account.ContactLink;
import io.portico.domain.portal.PortalUser;
import io.portico.domain.portal.UnlinkedEmail;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.PostalAddress;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AccountFiguresPort} does (item 11): the Home dashboard counts as the account list's filters
 * find (E1's portal status); each test starts with nothing stored.
 */
public abstract class AccountFiguresPortContract {

    protected abstract StaffPort staff();

    protected abstract ContactPort contacts();

    protected abstract AccountPort accounts();

    protected abstract AccountFiguresPort figures();

    protected abstract UnlinkedAccessPort unlinked();

    protected abstract PortalUserPort users();

    private StaffMember anna;
    private StaffMember marco;

    /**
     * Rossi (individual, Anna): LOGIN pending. Neri (individual, Anna and Marco): one address activated, one
     * pending. Bianchi (individual, Marco): NOTIFY only, and a portal user elsewhere. Verdi (company, Marco):
     * an address kept after its contact left (B8), activated. Gialli (other, Anna): nothing.
     */
    @BeforeEach
    void firmWithClients() {
        anna = AccountFixtures.staff(staff(), "Anna", "Bianchi", StaffRole.OWNER);
        marco = AccountFixtures.staff(staff(), "Marco", "Verdi", StaffRole.EMPLOYEE);
        var mario = AccountFixtures.contact(contacts(), anna.id(), "Mario", "Rossi", "mario.rossi@gmail.com");
        var ada = AccountFixtures.contact(contacts(), anna.id(), "Ada", "Neri", "ada@neri.it", "ada.neri@gmail.com");
        var giulia = AccountFixtures.contact(contacts(), anna.id(), "Giulia", "Bianchi", "giulia@studiobianchi.it");
        var luca = AccountFixtures.contact(contacts(), anna.id(), "Luca", "Verdi");
        var paolo = AccountFixtures.contact(contacts(), anna.id(), "Paolo", "Gialli");
        accounts().add(AccountFixtures.individual("Rossi", Set.of(anna.id()), AccountFixtures.loginFor(mario, "mario.rossi@gmail.com")),
                anna.id(), NOW);
        accounts().add(AccountFixtures.individual("Neri", Set.of(anna.id(), marco.id()), ContactLink.of(ada, "", List.of(
                new EmailAccess(new EmailAddress("ada@neri.it"), true, false, false),
                new EmailAccess(new EmailAddress("ada.neri@gmail.com"), true, false, false)))), anna.id(), NOW);
        accounts().add(AccountFixtures.individual("Bianchi", Set.of(marco.id()),
                ContactLink.of(giulia, "", List.of(new EmailAccess(new EmailAddress("giulia@studiobianchi.it"), false, true, false)))),
                anna.id(), NOW);
        var verdi = AccountFixtures.company("Verdi", Set.of(marco.id()), AccountFixtures.plain(luca));
        accounts().add(verdi, anna.id(), NOW);
        unlinked().keep(new UnlinkedEmail(verdi.id(), new EmailAddress("luca@verdi.it"), NOW));
        accounts().add(new Account(AccountId.random(), AccountType.OTHER, new AccountName("Gialli"), Optional.empty(), PostalAddress.NONE,
                Set.of(anna.id()), List.of(AccountFixtures.plain(paolo)), 0), anna.id(), NOW);
        for (String email : List.of("ADA@neri.it", "luca@verdi.it", "giulia@studiobianchi.it")) {
            users().add(PortalUser.activate(new EmailAddress(email), "hash", NOW));
        }
    }

    @Test
    void issue12_11_every_account_is_counted_by_type_and_by_portal_status_as_the_lists_filter_finds_them() {
        AccountFigures all = figures().figures(Optional.empty());

        assertThat(all.byType()).isEqualTo(Map.of(AccountType.INDIVIDUAL, 3L, AccountType.COMPANY, 1L, AccountType.OTHER, 1L));
        assertThat(all.byPortalStatus()).isEqualTo(Map.of(PortalStatus.ACTIVE, 2L, PortalStatus.PENDING_ACTIVATION, 2L,
                PortalStatus.NO_ACCESS, 2L));
        assertThat(all.total()).isEqualTo(5);
    }

    @Test
    void issue12_11_a_member_counts_only_the_accounts_on_whose_team_they_are() {
        AccountFigures marcos = figures().figures(Optional.of(marco.id()));

        assertThat(marcos.byType()).isEqualTo(Map.of(AccountType.INDIVIDUAL, 2L, AccountType.COMPANY, 1L, AccountType.OTHER, 0L));
        assertThat(marcos.byPortalStatus()).isEqualTo(Map.of(PortalStatus.ACTIVE, 2L, PortalStatus.PENDING_ACTIVATION, 1L,
                PortalStatus.NO_ACCESS, 1L));
    }

    @Test
    void issue12_11_a_member_on_no_team_counts_nothing() {
        var luisa = AccountFixtures.staff(staff(), "Luisa", "Blu", StaffRole.EMPLOYEE);

        AccountFigures none = figures().figures(Optional.of(luisa.id()));

        assertThat(none.total()).isZero();
        assertThat(none.byPortalStatus().values()).containsOnly(0L);
    }
}
