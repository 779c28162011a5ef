package io.portico.application.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.access.port.out.LoadAccessPort;
import io.portico.application.account.AccountFixtures;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.bulk.port.AccountFilter;
import io.portico.application.bulk.port.AccountSelection;
import io.portico.application.bulk.port.out.BulkAccessPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.link.port.out.MailedLinkPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.Account;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.AccountType;
import io.portico.domain.account.ContactLink;
import io.portico.domain.account.access.Actor;
import io.portico.domain.bulk.AddressChange;
import io.portico.domain.bulk.BulkAccount;
import io.portico.domain.bulk.BulkAddress;
import io.portico.domain.bulk.BulkContact;
import io.portico.domain.contact.Contact;
import io.portico.domain.job.JobId;
import io.portico.domain.notification.DeliveryMode;
import io.portico.domain.notification.NotificationCategory;
import io.portico.domain.notification.NotificationPreferences;
import io.portico.domain.portal.Invitation;
import io.portico.domain.portal.InvitationValidity;
import io.portico.domain.portal.PortalUser;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.Language;
import io.portico.domain.shared.SecretToken;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link BulkAccessPort} does (E3); each test starts with nothing stored. */
public abstract class BulkAccessPortContract {

    protected static final Instant NOW = AccountFixtures.NOW;
    private static final EmailAddress MARIO = new EmailAddress("mario@rossi.it");
    private static final EmailAddress MARIO_GMAIL = new EmailAddress("m.rossi@gmail.com");
    private static final EmailAddress LUCIA = new EmailAddress("lucia@bianchi.it");

    protected abstract StaffPort staff();

    protected abstract ContactPort contacts();

    protected abstract AccountPort accounts();

    protected abstract PortalUserPort users();

    protected abstract MailedLinkPort links();

    protected abstract LoadAccessPort load();

    protected abstract BulkAccessPort bulk();

    /** A stored job started by {@code by}. */
    protected abstract JobId aJob(StaffMember by);

    /** The portal user's credential epoch. */
    protected abstract long epoch(PortalUser user);

    protected abstract NotificationPreferences preferences(AccountId account, EmailAddress email);

    private StaffMember anna;
    private StaffMember bob;
    private Contact mario;
    private Contact lucia;
    private Contact nobody;
    private Account rossi;
    private Account bianchi;
    private Account verdi;

    @BeforeEach
    void threeAccounts() {
        anna = AccountFixtures.staff(staff(), "Anna", "Bianchi", StaffRole.OWNER);
        bob = AccountFixtures.staff(staff(), "Bob", "Neri", StaffRole.EMPLOYEE);
        mario = AccountFixtures.contact(contacts(), anna.id(), "Mario", "Rossi", MARIO.value(), MARIO_GMAIL.value());
        contacts().update(mario.withLanguage(Optional.of(Language.IT)), anna.id(), NOW);
        lucia = AccountFixtures.contact(contacts(), anna.id(), "Lucia", "Bianchi", LUCIA.value());
        nobody = AccountFixtures.contact(contacts(), anna.id(), "Nessuno", "Verdi");
        rossi = add(AccountFixtures.individual("Rossi family", Set.of(anna.id(), bob.id()),
                ContactLink.of(mario, "", List.of(new EmailAccess(MARIO, false, true, false)))));
        bianchi = add(AccountFixtures.company("Bianchi", Set.of(anna.id()), AccountFixtures.loginFor(lucia, LUCIA.value()),
                ContactLink.of(mario, "", List.of())));
        verdi = add(AccountFixtures.individual("Verdi", Set.of(anna.id()), ContactLink.of(nobody, "", List.of())));
    }

    private Account add(Account account) {
        accounts().add(account, anna.id(), NOW);
        return account;
    }

    private static final AccountSelection ALL = new AccountSelection.Matching(AccountFilter.ANY);

    private List<AccountId> byId(Account... accounts) {
        return java.util.Arrays.stream(accounts).map(Account::id).sorted(Comparator.comparing(id -> id.value().toString())).toList();
    }

    @Test
    void E3_a_chunk_holds_each_account_by_id_with_its_contacts_addresses_toggles_and_languages() {
        List<BulkAccount> chunk = bulk().chunk(ALL, Optional.empty(), Optional.empty(), 10);

        assertThat(chunk).extracting(BulkAccount::id).containsExactlyElementsOf(byId(rossi, bianchi, verdi));
        BulkAccount read = chunk.stream().filter(a -> a.id().equals(rossi.id())).findFirst().orElseThrow();
        assertThat(read).isEqualTo(new BulkAccount(rossi.id(), "Rossi family", true, List.of(new BulkContact(mario.id(), "Mario Rossi",
                Optional.of(Language.IT), List.of(new BulkAddress(new EmailAccess(MARIO, false, true, false), false),
                        new BulkAddress(EmailAccess.none(MARIO_GMAIL), false))))));
        BulkAccount empty = chunk.stream().filter(a -> a.id().equals(verdi.id())).findFirst().orElseThrow();
        assertThat(empty.contacts()).containsExactly(new BulkContact(nobody.id(), "Nessuno Verdi", Optional.empty(), List.of()));
    }

    @Test
    void E3_chunks_follow_each_other_by_id_from_the_cursor() {
        List<AccountId> order = byId(rossi, bianchi, verdi);
        List<BulkAccount> first = bulk().chunk(ALL, Optional.empty(), Optional.empty(), 2);
        List<BulkAccount> second = bulk().chunk(ALL, Optional.empty(), Optional.of(first.getLast().id()), 2);

        assertThat(first).extracting(BulkAccount::id).containsExactlyElementsOf(order.subList(0, 2));
        assertThat(second).extracting(BulkAccount::id).containsExactly(order.get(2));
    }

    @Test
    void F2_all_matching_is_what_the_viewer_may_see_and_a_chosen_account_out_of_sight_reads_as_not_visible() {
        assertThat(bulk().count(ALL, Optional.empty())).isEqualTo(3);
        assertThat(bulk().count(ALL, Optional.of(bob.id()))).isEqualTo(1);
        assertThat(bulk().count(new AccountSelection.Matching(new AccountFilter(Optional.of(AccountType.COMPANY), Optional.empty(),
                Optional.empty(), Optional.empty())), Optional.empty())).isEqualTo(1);
        assertThat(bulk().count(new AccountSelection.Matching(new AccountFilter(Optional.empty(), Optional.of(bob.id()),
                Optional.empty(), Optional.empty())), Optional.empty())).isEqualTo(1);
        assertThat(bulk().chunk(ALL, Optional.of(bob.id()), Optional.empty(), 10)).extracting(BulkAccount::id).containsExactly(rossi.id());

        var chosen = new AccountSelection.Chosen(List.of(rossi.id(), bianchi.id(), AccountId.random()));
        assertThat(bulk().count(chosen, Optional.of(bob.id()))).as("a gone account is not counted").isEqualTo(2);
        assertThat(bulk().chunk(chosen, Optional.of(bob.id()), Optional.empty(), 10))
                .extracting(BulkAccount::id, BulkAccount::visible)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(rossi.id(), true),
                        org.assertj.core.groups.Tuple.tuple(bianchi.id(), false));
    }

    @Test
    void E1_all_matching_a_portal_status() {
        var pending = new AccountSelection.Matching(new AccountFilter(Optional.empty(), Optional.empty(),
                Optional.of(io.portico.application.account.port.PortalStatus.PENDING_ACTIVATION), Optional.empty()));
        var none = new AccountSelection.Matching(new AccountFilter(Optional.empty(), Optional.empty(),
                Optional.of(io.portico.application.account.port.PortalStatus.NO_ACCESS), Optional.empty()));
        assertThat(bulk().chunk(pending, Optional.empty(), Optional.empty(), 10)).extracting(BulkAccount::id).containsExactly(bianchi.id());
        assertThat(bulk().count(none, Optional.empty())).isEqualTo(2);
    }

    @Test
    void E3_applied_changes_are_the_addresses_toggles_and_a_retried_chunk_changes_nothing_more() {
        var changes = List.of(
                new AddressChange(rossi.id(), mario.id(), new EmailAccess(MARIO, false, true, false), new EmailAccess(MARIO, true, true, true)),
                new AddressChange(rossi.id(), mario.id(), EmailAccess.none(MARIO_GMAIL), new EmailAccess(MARIO_GMAIL, true, false, false)));
        Actor byJob = new Actor(Optional.of(anna.id()), Optional.of(aJob(anna).value()));

        bulk().apply(changes, Optional.empty(), byJob, NOW);
        bulk().apply(changes, Optional.empty(), byJob, NOW);

        var access = load().load(rossi.id()).orElseThrow();
        assertThat(access.of(mario.id(), MARIO)).contains(new EmailAccess(MARIO, true, true, true));
        assertThat(access.of(mario.id(), MARIO_GMAIL)).contains(new EmailAccess(MARIO_GMAIL, true, false, false));
        assertThat(load().load(bianchi.id()).orElseThrow().of(mario.id(), MARIO)).as("the same address on another account")
                .contains(EmailAccess.none(MARIO));
    }

    @Test
    void B6_LOGIN_off_voids_the_accounts_open_links_only_and_ends_sessions_where_it_was_the_last() {
        PortalUser user = PortalUser.activate(LUCIA, "hash", NOW);
        users().add(user);
        var forBianchi = Invitation.send(SecretToken.generate().hash(), bianchi.id(), LUCIA, "", anna.id(), NOW, InvitationValidity.DEFAULT);
        links().issue(forBianchi);
        Actor byJob = new Actor(Optional.of(anna.id()), Optional.of(aJob(anna).value()));

        bulk().apply(List.of(new AddressChange(bianchi.id(), lucia.id(), new EmailAccess(LUCIA, true, false, false), EmailAccess.none(LUCIA))),
                Optional.empty(), byJob, NOW.plusSeconds(60));

        assertThat(links().invitation(forBianchi.tokenHash()).orElseThrow().voided()).isTrue();
        assertThat(epoch(user)).isEqualTo(1);
    }

    @Test
    void B6_LOGIN_off_keeps_the_sessions_of_an_address_that_can_still_log_in_elsewhere() {
        PortalUser user = PortalUser.activate(MARIO, "hash", NOW);
        users().add(user);
        Actor byJob = new Actor(Optional.of(anna.id()), Optional.of(aJob(anna).value()));
        bulk().apply(List.of(new AddressChange(bianchi.id(), mario.id(), EmailAccess.none(MARIO), new EmailAccess(MARIO, true, false, false))),
                Optional.empty(), byJob, NOW);
        bulk().apply(List.of(new AddressChange(rossi.id(), mario.id(), EmailAccess.none(MARIO), new EmailAccess(MARIO, true, false, false))),
                Optional.empty(), byJob, NOW);

        bulk().apply(List.of(new AddressChange(rossi.id(), mario.id(), new EmailAccess(MARIO, true, false, false), EmailAccess.none(MARIO))),
                Optional.empty(), byJob, NOW);

        assertThat(epoch(user)).isZero();
    }

    @Test
    void issue11_NOTIFY_turned_on_gets_the_chosen_preferences() {
        var digest = NotificationPreferences.only(Set.of(NotificationCategory.values()[0]), DeliveryMode.DAILY_DIGEST);
        Actor byJob = new Actor(Optional.of(anna.id()), Optional.of(aJob(anna).value()));

        bulk().apply(List.of(new AddressChange(bianchi.id(), lucia.id(), new EmailAccess(LUCIA, true, false, false),
                new EmailAccess(LUCIA, true, true, false))), Optional.of(digest), byJob, NOW);

        assertThat(preferences(bianchi.id(), LUCIA)).isEqualTo(digest);
        assertThat(preferences(rossi.id(), MARIO)).isEqualTo(NotificationPreferences.DEFAULT);
    }

    @Test
    void B1_invitations_issued_together_void_each_addresss_older_open_link_and_are_found_by_their_token() {
        var older = Invitation.send(SecretToken.generate().hash(), rossi.id(), MARIO, "", anna.id(), NOW, InvitationValidity.DEFAULT);
        links().issue(older);
        var later = NOW.plusSeconds(60);
        var fresh = List.of(Invitation.send(SecretToken.generate().hash(), rossi.id(), MARIO, "Hi", anna.id(), later, InvitationValidity.DEFAULT),
                Invitation.send(SecretToken.generate().hash(), bianchi.id(), LUCIA, "Hi", anna.id(), later, InvitationValidity.DEFAULT));

        links().issueAll(fresh);
        links().issueAll(List.of());

        assertThat(links().invitation(older.tokenHash()).orElseThrow().voided()).isTrue();
        for (Invitation invitation : fresh) {
            Invitation stored = links().invitation(invitation.tokenHash()).orElseThrow();
            assertThat(stored.voided()).isFalse();
            assertThat(stored.account()).isEqualTo(invitation.account());
            assertThat(stored.email()).isEqualTo(invitation.email());
            assertThat(stored.personalMessage()).isEqualTo("Hi");
            assertThat(stored.expiresAt()).isEqualTo(invitation.expiresAt());
        }
        assertThat(links().latestInvitation(MARIO).orElseThrow().tokenHash()).isEqualTo(fresh.getFirst().tokenHash());
    }

    @Test
    void issue12_item3_an_address_counts_as_invited_once_per_job() {
        JobId job = aJob(anna);
        assertThat(bulk().firstInvitations(job, List.of(MARIO, MARIO_GMAIL))).containsExactlyInAnyOrder(MARIO.lookupKey(), MARIO_GMAIL.lookupKey());
        assertThat(bulk().firstInvitations(job, List.of(new EmailAddress("Mario@Rossi.it"), LUCIA))).containsExactly(LUCIA.lookupKey());
        assertThat(bulk().firstInvitations(aJob(anna), List.of(MARIO))).containsExactly(MARIO.lookupKey());
        assertThat(bulk().firstInvitations(job, List.of())).isEmpty();
    }
}
