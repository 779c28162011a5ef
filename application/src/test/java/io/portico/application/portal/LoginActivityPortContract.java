package io.portico.application.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.account.AccountFixtures;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.portal.port.LoginActivity;
import io.portico.application.portal.port.out.LoginActivityPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.portal.port.out.UnlinkedAccessPort;
import io.portico.domain.portal.UnlinkedEmail;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.Account;
import io.portico.domain.account.ContactLink;
import io.portico.domain.contact.Contact;
import io.portico.domain.portal.PortalUser;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every login activity port does (F3); each test starts with nothing stored. */
public abstract class LoginActivityPortContract {

    protected abstract StaffPort staff();

    protected abstract ContactPort contacts();

    protected abstract AccountPort accounts();

    protected abstract PortalUserPort users();

    protected abstract LoginActivityPort activity();

    protected abstract UnlinkedAccessPort unlinked();

    private static final Instant NOW = AccountFixtures.NOW;

    @Test
    void F3_lists_the_account_portal_users_with_login_on_latest_login_first() {
        StaffMember anna = AccountFixtures.staff(staff(), "Anna", "Bianchi", StaffRole.OWNER);
        Contact mario = AccountFixtures.contact(contacts(), anna.id(), "Mario", "Rossi", "mario@rossi.it", "mario@gmail.com");
        Contact giulia = AccountFixtures.contact(contacts(), anna.id(), "Giulia", "Rossi", "giulia@rossi.it");
        Contact luca = AccountFixtures.contact(contacts(), anna.id(), "Luca", "Rossi", "luca@rossi.it");
        Account rossi = AccountFixtures.individual("Rossi family", Set.of(anna.id()),
                ContactLink.of(mario, "", List.of(new EmailAccess(new EmailAddress("mario@rossi.it"), true, false, false),
                        new EmailAccess(new EmailAddress("mario@gmail.com"), false, true, false))),
                AccountFixtures.loginFor(giulia, "giulia@rossi.it"), AccountFixtures.loginFor(luca, "luca@rossi.it"));
        accounts().add(rossi, anna.id(), NOW);
        PortalUser marioUser = PortalUser.activate(new EmailAddress("mario@rossi.it"), "hash", NOW);
        users().add(marioUser);
        users().recordLogin(marioUser.id(), NOW.plusSeconds(3600));
        users().add(PortalUser.activate(new EmailAddress("giulia@rossi.it"), "hash", NOW));
        users().add(PortalUser.activate(new EmailAddress("mario@gmail.com"), "hash", NOW)); // LOGIN off here: not listed

        assertThat(activity().portalUsers(rossi.id())).containsExactly(
                new LoginActivity(new EmailAddress("mario@rossi.it"), "Mario Rossi", Optional.of(NOW.plusSeconds(3600))),
                new LoginActivity(new EmailAddress("giulia@rossi.it"), "Giulia Rossi", Optional.empty()));
    }

    @Test
    void F3_an_account_without_portal_users_has_no_login_activity() {
        StaffMember anna = AccountFixtures.staff(staff(), "Anna", "Bianchi", StaffRole.OWNER);
        Contact mario = AccountFixtures.contact(contacts(), anna.id(), "Mario", "Rossi", "mario@rossi.it");
        Account rossi = AccountFixtures.individual("Rossi family", Set.of(anna.id()), AccountFixtures.loginFor(mario, "mario@rossi.it"));
        accounts().add(rossi, anna.id(), NOW);

        assertThat(activity().portalUsers(rossi.id())).isEmpty();
    }

    @Test
    void B8_F3_a_portal_user_kept_under_unlinked_emails_is_listed_among_the_account_portal_users() {
        StaffMember anna = AccountFixtures.staff(staff(), "Anna", "Bianchi", StaffRole.OWNER);
        Contact mario = AccountFixtures.contact(contacts(), anna.id(), "Mario", "Rossi", "mario@rossi.it");
        Account rossi = AccountFixtures.individual("Rossi family", Set.of(anna.id()), AccountFixtures.loginFor(mario, "mario@rossi.it"));
        accounts().add(rossi, anna.id(), NOW);
        PortalUser marioUser = PortalUser.activate(new EmailAddress("mario@rossi.it"), "hash", NOW);
        users().add(marioUser);
        PortalUser oldAddress = PortalUser.activate(new EmailAddress("Mario.Old@rossi.it"), "hash", NOW);
        users().add(oldAddress);
        users().recordLogin(oldAddress.id(), NOW.plusSeconds(60));
        unlinked().keep(new UnlinkedEmail(rossi.id(), new EmailAddress("Mario.Old@rossi.it"), NOW));
        unlinked().keep(new UnlinkedEmail(rossi.id(), new EmailAddress("never.activated@rossi.it"), NOW)); // no portal user: not listed

        assertThat(activity().portalUsers(rossi.id())).containsExactly(
                LoginActivity.unlinked(new EmailAddress("Mario.Old@rossi.it"), Optional.of(NOW.plusSeconds(60))),
                new LoginActivity(new EmailAddress("mario@rossi.it"), "Mario Rossi", Optional.empty()));
    }

    @Test
    void B8_F3_an_unlinked_address_that_a_contact_of_the_account_carries_again_is_listed_once_with_its_contact() {
        StaffMember anna = AccountFixtures.staff(staff(), "Anna", "Bianchi", StaffRole.OWNER);
        Contact giulia = AccountFixtures.contact(contacts(), anna.id(), "Giulia", "Rossi", "family@rossi.it");
        Account rossi = AccountFixtures.individual("Rossi family", Set.of(anna.id()), AccountFixtures.loginFor(giulia, "family@rossi.it"));
        accounts().add(rossi, anna.id(), NOW);
        users().add(PortalUser.activate(new EmailAddress("family@rossi.it"), "hash", NOW));
        unlinked().keep(new UnlinkedEmail(rossi.id(), new EmailAddress("family@rossi.it"), NOW));

        assertThat(activity().portalUsers(rossi.id())).containsExactly(
                new LoginActivity(new EmailAddress("family@rossi.it"), "Giulia Rossi", Optional.empty()));
    }

    @Test
    void B8_F3_unlinked_addresses_of_another_account_are_not_listed() {
        StaffMember anna = AccountFixtures.staff(staff(), "Anna", "Bianchi", StaffRole.OWNER);
        Contact mario = AccountFixtures.contact(contacts(), anna.id(), "Mario", "Rossi", "mario@rossi.it");
        Account rossi = AccountFixtures.individual("Rossi family", Set.of(anna.id()), AccountFixtures.plain(mario));
        Account other = AccountFixtures.individual("Rossi Srl", Set.of(anna.id()), AccountFixtures.plain(mario));
        accounts().add(rossi, anna.id(), NOW);
        accounts().add(other, anna.id(), NOW);
        users().add(PortalUser.activate(new EmailAddress("old@rossi.it"), "hash", NOW));
        unlinked().keep(new UnlinkedEmail(other.id(), new EmailAddress("old@rossi.it"), NOW));

        assertThat(activity().portalUsers(rossi.id())).isEmpty();
        assertThat(activity().portalUsers(other.id())).extracting(LoginActivity::email).containsExactly(new EmailAddress("old@rossi.it"));
    }
}
