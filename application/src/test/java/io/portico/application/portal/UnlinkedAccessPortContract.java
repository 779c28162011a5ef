package io.portico.application.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.account.AccountFixtures;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.domain.portal.PortalAccount;
import io.portico.application.portal.port.out.PortalAccessPort;
import io.portico.application.portal.port.out.UnlinkedAccessPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.account.Account;
import io.portico.domain.contact.Contact;
import io.portico.domain.contact.ContactEmails;
import io.portico.domain.portal.UnlinkedEmail;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** B8: what every store of unlinked addresses does, and how portal access counts them; each test starts empty. */
public abstract class UnlinkedAccessPortContract {

    protected abstract StaffPort staff();

    protected abstract ContactPort contacts();

    protected abstract AccountPort accounts();

    protected abstract PortalAccessPort access();

    protected abstract UnlinkedAccessPort unlinked();

    private static final Instant NOW = AccountFixtures.NOW;
    private static final EmailAddress OLD = new EmailAddress("Mario@Rossi.it");

    private StaffMember anna;
    private Account rossi;
    private Account bianchi;

    /** Mario's old address had LOGIN on the Rossi account, and is no longer his. */
    @BeforeEach
    void addressGoneFromItsContact() {
        anna = AccountFixtures.staff(staff(), "Anna", "Bianchi", StaffRole.OWNER);
        Contact mario = AccountFixtures.contact(contacts(), anna.id(), "Mario", "Rossi", OLD.value());
        rossi = AccountFixtures.individual("Rossi family", Set.of(anna.id()), AccountFixtures.loginFor(mario, OLD.value()));
        bianchi = AccountFixtures.individual("Bianchi", Set.of(anna.id()), AccountFixtures.plain(mario));
        accounts().add(rossi, anna.id(), NOW);
        accounts().add(bianchi, anna.id(), NOW);
        contacts().update(new Contact(mario.id(), mario.name(), new ContactEmails(List.of(new EmailAddress("mario@gmail.com"))),
                mario.phone(), mario.address(), mario.version()), anna.id(), NOW);
    }

    @Test
    void B8_an_address_gone_from_its_contact_has_no_login_unless_kept() {
        assertThat(access().loginOn(rossi.id(), OLD)).isFalse();

        unlinked().keep(new UnlinkedEmail(rossi.id(), OLD, NOW));

        assertThat(access().loginOn(rossi.id(), new EmailAddress("mario@rossi.it"))).isTrue();
        assertThat(access().loginOn(bianchi.id(), OLD)).isFalse();
        assertThat(access().loginAccounts(new EmailAddress("MARIO@rossi.it"))).extracting(PortalAccount::name)
                .containsExactly("Rossi family");
    }

    @Test
    void B8_the_unlinked_addresses_of_an_account_are_listed_by_address_with_since_when() {
        unlinked().keep(new UnlinkedEmail(rossi.id(), OLD, NOW));
        unlinked().keep(new UnlinkedEmail(rossi.id(), new EmailAddress("a.rossi@rossi.it"), NOW.plusSeconds(60)));
        unlinked().keep(new UnlinkedEmail(bianchi.id(), new EmailAddress("z@bianchi.it"), NOW));

        assertThat(unlinked().unlinked(rossi.id())).containsExactly(
                new UnlinkedEmail(rossi.id(), new EmailAddress("a.rossi@rossi.it"), NOW.plusSeconds(60)),
                new UnlinkedEmail(rossi.id(), OLD, NOW));
    }

    @Test
    void B8_keeping_an_address_again_keeps_it_since_the_first_time() {
        unlinked().keep(new UnlinkedEmail(rossi.id(), OLD, NOW));
        unlinked().keep(new UnlinkedEmail(rossi.id(), new EmailAddress("mario@rossi.it"), NOW.plusSeconds(60)));

        assertThat(unlinked().unlinked(rossi.id())).containsExactly(new UnlinkedEmail(rossi.id(), OLD, NOW));
    }

    @Test
    void B8_removing_an_unlinked_address_takes_its_login_away_at_once() {
        unlinked().keep(new UnlinkedEmail(rossi.id(), OLD, NOW));

        assertThat(unlinked().remove(rossi.id(), new EmailAddress("mario@ROSSI.it"))).isTrue();

        assertThat(access().loginOn(rossi.id(), OLD)).isFalse();
        assertThat(access().loginAccounts(OLD)).isEmpty();
        assertThat(unlinked().unlinked(rossi.id())).isEmpty();
        assertThat(unlinked().remove(rossi.id(), OLD)).as("nothing left to remove").isFalse();
    }
}
