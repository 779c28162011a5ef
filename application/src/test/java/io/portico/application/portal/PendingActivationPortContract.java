package io.portico.application.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.account.AccountFixtures;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.link.port.out.MailedLinkPort;
import io.portico.application.portal.port.out.PendingActivationPort;
import io.portico.application.portal.port.out.PendingAddress;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.access.AccessToggle;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.Account;
import io.portico.domain.account.ContactLink;
import io.portico.domain.contact.Contact;
import io.portico.domain.portal.Invitation;
import io.portico.domain.portal.InvitationValidity;
import io.portico.domain.portal.PortalUser;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.SecretToken;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every pending activation port does (B3); each test starts with nothing stored. */
public abstract class PendingActivationPortContract {

    protected abstract StaffPort staff();

    protected abstract ContactPort contacts();

    protected abstract AccountPort accounts();

    protected abstract PortalUserPort users();

    protected abstract MailedLinkPort links();

    protected abstract PendingActivationPort pending();

    protected abstract io.portico.application.account.port.out.AccountArchivePort archive();

    private static final Instant NOW = AccountFixtures.NOW;

    private StaffMember anna;
    private StaffMember marco;

    @BeforeEach
    void firm() {
        anna = AccountFixtures.staff(staff(), "Anna", "Bianchi", StaffRole.OWNER);
        marco = AccountFixtures.staff(staff(), "Marco", "Verdi", StaffRole.EMPLOYEE);
    }

    @Test
    void B3_lists_addresses_with_login_on_and_no_portal_user_only() {
        Contact mario = AccountFixtures.contact(contacts(), anna.id(), "Mario", "Rossi", "Mario@Rossi.it", "mario@gmail.com");
        Contact giulia = AccountFixtures.contact(contacts(), anna.id(), "Giulia", "Rossi", "giulia@rossi.it");
        Contact luca = AccountFixtures.contact(contacts(), anna.id(), "Luca", "Rossi", "luca@rossi.it");
        Account rossi = AccountFixtures.individual("Rossi family", Set.of(anna.id()), AccountFixtures.loginFor(mario, "Mario@Rossi.it"),
                AccountFixtures.loginFor(giulia, "giulia@rossi.it"), AccountFixtures.plain(luca));
        accounts().add(rossi, anna.id(), NOW);
        users().add(PortalUser.activate(new EmailAddress("giulia@rossi.it"), "hash", NOW));

        assertThat(pending().page(Optional.empty(), Optional.empty(), 10)).singleElement().satisfies(row -> {
            assertThat(row.account()).isEqualTo(rossi.id());
            assertThat(row.accountName()).isEqualTo("Rossi family");
            assertThat(row.contact()).isEqualTo(mario.id());
            assertThat(row.contactName()).isEqualTo("Mario Rossi");
            assertThat(row.email().value()).isEqualTo(new EmailAddress("Mario@Rossi.it").value()); // as the contact spells it
            assertThat(row.loginOnAt()).isEqualTo(NOW);
            assertThat(row.latest()).isEmpty();
        });
    }

    @Test
    void issue14_1_an_archived_accounts_addresses_are_not_pending_activation() {
        Contact mario = AccountFixtures.contact(contacts(), anna.id(), "Mario", "Rossi", "mario@rossi.it");
        Account rossi = AccountFixtures.individual("Rossi family", Set.of(anna.id()), AccountFixtures.loginFor(mario, "mario@rossi.it"));
        accounts().add(rossi, anna.id(), NOW);
        archive().archive(rossi.id(), NOW);

        assertThat(pending().page(Optional.empty(), Optional.empty(), 10)).isEmpty();
    }

    @Test
    void B3_each_address_comes_with_its_latest_link() {
        Contact mario = AccountFixtures.contact(contacts(), anna.id(), "Mario", "Rossi", "mario@rossi.it");
        Account rossi = AccountFixtures.individual("Rossi family", Set.of(anna.id()), AccountFixtures.loginFor(mario, "mario@rossi.it"));
        accounts().add(rossi, anna.id(), NOW);
        links().issue(link(rossi, "mario@rossi.it", NOW.plusSeconds(60)));
        Invitation latest = link(rossi, "MARIO@rossi.it", NOW.plusSeconds(120));
        links().issue(latest);

        assertThat(pending().page(Optional.empty(), Optional.empty(), 10)).singleElement()
                .satisfies(row -> assertThat(row.latest()).contains(latest));
    }

    @Test
    void B3_pages_longest_pending_first_one_keyset_page_after_another() {
        Contact mario = AccountFixtures.contact(contacts(), anna.id(), "Mario", "Rossi", "mario@rossi.it", "mario@gmail.com");
        Account second = AccountFixtures.individual("Second", Set.of(anna.id()), AccountFixtures.loginFor(mario, "mario@rossi.it"));
        Account first = AccountFixtures.individual("First", Set.of(anna.id()), ContactLink.of(mario, "", List.of(
                new EmailAccess(new EmailAddress("mario@rossi.it"), true, false, false),
                new EmailAccess(new EmailAddress("mario@gmail.com"), true, false, false))));
        Account third = AccountFixtures.individual("Third", Set.of(anna.id()), AccountFixtures.loginFor(mario, "mario@gmail.com"));
        accounts().add(second, anna.id(), NOW);
        accounts().add(first, anna.id(), NOW.minus(Duration.ofDays(3)));
        accounts().add(third, anna.id(), NOW.plus(Duration.ofHours(1)));

        List<PendingAddress> page1 = pending().page(Optional.empty(), Optional.empty(), 2);
        List<PendingAddress> page2 = pending().page(Optional.empty(), Optional.of(page1.getLast().cursor()), 2);
        List<PendingAddress> page3 = pending().page(Optional.empty(), Optional.of(page2.getLast().cursor()), 2);

        assertThat(page1).extracting(row -> row.accountName() + " " + row.email().value())
                .containsExactly("First mario@gmail.com", "First mario@rossi.it");
        assertThat(page2).extracting(row -> row.accountName() + " " + row.email().value())
                .containsExactly("Second mario@rossi.it", "Third mario@gmail.com");
        assertThat(page3).isEmpty();
    }

    @Test
    void B3_F2_restricted_to_accounts_whose_team_has_the_member() {
        Contact mario = AccountFixtures.contact(contacts(), anna.id(), "Mario", "Rossi", "mario@rossi.it", "mario@gmail.com");
        accounts().add(AccountFixtures.individual("Anna's", Set.of(anna.id()), AccountFixtures.loginFor(mario, "mario@rossi.it")),
                anna.id(), NOW);
        accounts().add(AccountFixtures.individual("Marco's", Set.of(marco.id()), AccountFixtures.loginFor(mario, "mario@gmail.com")),
                anna.id(), NOW);

        assertThat(pending().page(Optional.of(marco.id()), Optional.empty(), 10)).extracting(PendingAddress::accountName)
                .containsExactly("Marco's");
        assertThat(pending().page(Optional.empty(), Optional.empty(), 10)).hasSize(2);
    }

    @Test
    void B3_pending_since_survives_other_changes_and_starts_again_when_login_goes_off_and_on() {
        Contact mario = AccountFixtures.contact(contacts(), anna.id(), "Mario", "Rossi", "mario@rossi.it");
        Account rossi = AccountFixtures.individual("Rossi family", Set.of(anna.id()), AccountFixtures.loginFor(mario, "mario@rossi.it"));
        accounts().add(rossi, anna.id(), NOW);

        Account stored = accounts().find(rossi.id()).orElseThrow();
        accounts().update(stored.withTeam(Set.of(anna.id(), marco.id())), anna.id(), NOW.plusSeconds(60));
        assertThat(pending().page(Optional.empty(), Optional.empty(), 10)).extracting(PendingAddress::loginOnAt).containsExactly(NOW);

        accounts().update(login(accounts().find(rossi.id()).orElseThrow(), false), anna.id(), NOW.plusSeconds(120));
        assertThat(pending().page(Optional.empty(), Optional.empty(), 10)).isEmpty();

        accounts().update(login(accounts().find(rossi.id()).orElseThrow(), true), anna.id(), NOW.plusSeconds(180));
        assertThat(pending().page(Optional.empty(), Optional.empty(), 10)).extracting(PendingAddress::loginOnAt)
                .containsExactly(NOW.plusSeconds(180));
    }

    private static Account login(Account account, boolean on) {
        return account.withLinks(account.links().stream().map(link -> new ContactLink(link.contactId(), link.description(),
                link.signerPriority(), link.signerAuthority(),
                link.access().stream().map(a -> a.with(AccessToggle.LOGIN, on)).toList())).toList());
    }

    private Invitation link(Account account, String email, Instant sentAt) {
        return Invitation.send(SecretToken.generate().hash(), account.id(), new EmailAddress(email), "", anna.id(), sentAt,
                InvitationValidity.DEFAULT);
    }
}
