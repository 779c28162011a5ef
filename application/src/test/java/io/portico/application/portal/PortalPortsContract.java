package io.portico.application.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.account.AccountFixtures;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.portal.port.out.PortalAccessPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.account.Account;
import io.portico.domain.contact.Contact;
import io.portico.domain.portal.PortalAccount;
import io.portico.domain.portal.PortalUser;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every portal user and portal access port does; each test starts with nothing stored. */
public abstract class PortalPortsContract {

    protected abstract StaffPort staff();

    protected abstract ContactPort contacts();

    protected abstract AccountPort accounts();

    protected abstract PortalUserPort users();

    protected abstract PortalAccessPort access();

    private static final Instant NOW = AccountFixtures.NOW;
    private static final EmailAddress MARIO = new EmailAddress("Mario@Rossi.it");

    private StaffMember anna;
    private Account rossi;
    private Account bianchi;

    @BeforeEach
    void firmWithTwoAccounts() {
        anna = AccountFixtures.staff(staff(), "Anna", "Bianchi", StaffRole.OWNER);
        Contact mario = AccountFixtures.contact(contacts(), anna.id(), "Mario", "Rossi", MARIO.value(), "mario@gmail.com");
        rossi = AccountFixtures.individual("Rossi family", Set.of(anna.id()), AccountFixtures.loginFor(mario, MARIO.value()));
        bianchi = AccountFixtures.individual("Bianchi", Set.of(anna.id()), AccountFixtures.loginFor(mario, "mario@gmail.com"));
        accounts().add(rossi, anna.id(), NOW);
        accounts().add(bianchi, anna.id(), NOW);
    }

    @Test
    void B2_a_portal_user_is_found_by_its_address_whatever_its_capitals() {
        PortalUser user = PortalUser.activate(MARIO, "hash", NOW);
        users().add(user);

        assertThat(users().findByEmail(new EmailAddress("mario@rossi.it"))).contains(user);
        assertThat(users().findById(user.id())).contains(user);
        assertThatThrownBy(() -> users().add(PortalUser.activate(new EmailAddress("MARIO@rossi.it"), "other", NOW)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("email"));
    }

    @Test
    void B11_a_portal_user_changes_its_password_and_remembers_its_last_login() {
        PortalUser user = PortalUser.activate(MARIO, "hash", NOW);
        users().add(user);

        users().changePasswordHash(user.id(), "new hash");
        users().recordLogin(user.id(), NOW.plusSeconds(60));

        PortalUser after = users().findById(user.id()).orElseThrow();
        assertThat(after.passwordHash()).isEqualTo("new hash");
        assertThat(after.lastLoginAt()).contains(NOW.plusSeconds(60));
    }

    @Test
    void B6_B7_an_address_reaches_the_accounts_where_its_login_is_on_by_name() {
        assertThat(access().loginAccounts(new EmailAddress("MARIO@ROSSI.IT"))).extracting(PortalAccount::name)
                .containsExactly("Rossi family");
        assertThat(access().loginOn(rossi.id(), MARIO)).isTrue();
        assertThat(access().loginOn(bianchi.id(), MARIO)).isFalse();
        assertThat(access().loginAccounts(new EmailAddress("mario@gmail.com"))).extracting(PortalAccount::id)
                .containsExactly(bianchi.id());
    }

    @Test
    void B6_login_off_takes_the_account_away_at_once() {
        Account current = accounts().find(rossi.id()).orElseThrow();
        accounts().update(current.withLinks(current.links().stream().map(link -> new io.portico.domain.account.ContactLink(
                link.contactId(), link.description(), link.signerPriority(), link.signerAuthority(),
                link.access().stream().map(a -> a.with(io.portico.domain.access.AccessToggle.LOGIN, false)).toList())).toList()),
                anna.id(), NOW);

        assertThat(access().loginAccounts(MARIO)).isEmpty();
        assertThat(access().loginOn(rossi.id(), MARIO)).isFalse();
    }
}
