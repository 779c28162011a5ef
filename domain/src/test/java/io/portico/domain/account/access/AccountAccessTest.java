package io.portico.domain.account.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.domain.access.AccessToggle;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.Account;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.AccountName;
import io.portico.domain.account.AccountType;
import io.portico.domain.account.ContactLink;
import io.portico.domain.account.access.AccessEvent.AddressMoved;
import io.portico.domain.account.access.AccessEvent.AddressesChanged;
import io.portico.domain.account.access.AccessEvent.ContactLinked;
import io.portico.domain.account.access.AccessEvent.ContactUnlinked;
import io.portico.domain.account.access.AccessEvent.KeptAsUnlinked;
import io.portico.domain.account.access.AccessEvent.LinksVoided;
import io.portico.domain.account.access.AccessEvent.LoginTurnedOff;
import io.portico.domain.account.access.AccessEvent.LoginTurnedOn;
import io.portico.domain.account.access.AccessEvent.NotifyChanged;
import io.portico.domain.account.access.AccessEvent.SyncChanged;
import io.portico.domain.account.access.AccessEvent.TeamMemberAdded;
import io.portico.domain.account.access.AccessEvent.TeamMemberRemoved;
import io.portico.domain.account.access.AccessEvent.UnlinkedRevoked;
import io.portico.domain.contact.ContactEmails;
import io.portico.domain.contact.ContactId;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.PostalAddress;
import io.portico.domain.staff.StaffId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountAccessTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final EmailAddress MARIO = new EmailAddress("mario@rossi.it");
    private static final EmailAddress MARIO_GMAIL = new EmailAddress("m.rossi@gmail.com");
    private static final EmailAddress MARIO_NEW = new EmailAddress("mario@nuovo.it");
    private static final EmailAddress LUCIA = new EmailAddress("lucia@rossi.it");
    private static final Invite INVITE = new Invite("Welcome");

    private final AccountId rossi = AccountId.random();
    private final ContactId mario = ContactId.random();
    private final ContactId lucia = ContactId.random();
    private final StaffId anna = StaffId.random();
    private final Actor byAnna = Actor.staff(anna);

    private AccountAccess access(List<EmailAccess> marios, Set<EmailAddress> activated, Set<EmailAddress> unlinked) {
        var links = new LinkedHashMap<ContactId, List<EmailAccess>>();
        links.put(mario, marios);
        links.put(lucia, List.of(EmailAccess.none(LUCIA)));
        return new AccountAccess(rossi, 3, links, activated, unlinked);
    }

    private AccountAccess access(EmailAccess... marios) {
        return access(List.of(marios), Set.of(), Set.of());
    }

    private static EmailAccess login(EmailAddress email) {
        return EmailAccess.none(email).with(AccessToggle.LOGIN, true);
    }

    @Test
    void F5_turning_a_toggle_on_says_so_and_changes_only_that_toggle() {
        var access = access(EmailAccess.none(MARIO), EmailAccess.none(MARIO_GMAIL));

        assertThat(access.turn(mario, MARIO, AccessToggle.NOTIFY, true, Optional.empty(), byAnna, NOW))
                .containsExactly(new NotifyChanged(rossi, byAnna, NOW, mario, MARIO, true));
        assertThat(access.turn(mario, MARIO, AccessToggle.EMAIL_SYNC, true, Optional.empty(), byAnna, NOW))
                .containsExactly(new SyncChanged(rossi, byAnna, NOW, mario, MARIO, true));

        assertThat(access.of(mario, MARIO)).contains(new EmailAccess(MARIO, false, true, true));
        assertThat(access.of(mario, MARIO_GMAIL)).contains(EmailAccess.none(MARIO_GMAIL));
    }

    @Test
    void F5_turning_a_toggle_off_says_so() {
        var access = access(new EmailAccess(MARIO, false, true, true));

        assertThat(access.turn(mario, MARIO, AccessToggle.NOTIFY, false, Optional.empty(), byAnna, NOW))
                .containsExactly(new NotifyChanged(rossi, byAnna, NOW, mario, MARIO, false));
        assertThat(access.turn(mario, MARIO, AccessToggle.EMAIL_SYNC, false, Optional.empty(), byAnna, NOW))
                .containsExactly(new SyncChanged(rossi, byAnna, NOW, mario, MARIO, false));
        assertThat(access.of(mario, MARIO)).contains(EmailAccess.none(MARIO));
    }

    @Test
    void F5_a_toggle_already_in_place_changes_nothing() {
        var access = access(new EmailAccess(MARIO, true, false, false));

        assertThat(access.turn(mario, MARIO, AccessToggle.LOGIN, true, Optional.of(INVITE), byAnna, NOW)).isEmpty();
        assertThat(access.turn(mario, MARIO, AccessToggle.NOTIFY, false, Optional.empty(), byAnna, NOW)).isEmpty();
    }

    @Test
    void B1_login_on_invites_when_asked() {
        var access = access(EmailAccess.none(MARIO));

        assertThat(access.turn(mario, MARIO, AccessToggle.LOGIN, true, Optional.of(INVITE), byAnna, NOW))
                .containsExactly(new LoginTurnedOn(rossi, byAnna, NOW, mario, MARIO, Optional.of(INVITE)));
        assertThat(access.of(mario, MARIO)).contains(login(MARIO));
    }

    @Test
    void B1_login_on_with_the_invitation_skipped_invites_nobody() {
        assertThat(access(EmailAccess.none(MARIO)).turn(mario, MARIO, AccessToggle.LOGIN, true, Optional.empty(), byAnna, NOW))
                .containsExactly(new LoginTurnedOn(rossi, byAnna, NOW, mario, MARIO, Optional.empty()));
    }

    @Test
    void B1_an_address_that_activated_already_needs_no_invitation() {
        var access = access(List.of(EmailAccess.none(MARIO)), Set.of(new EmailAddress("MARIO@rossi.it")), Set.of());

        assertThat(access.turn(mario, MARIO, AccessToggle.LOGIN, true, Optional.of(INVITE), byAnna, NOW))
                .containsExactly(new LoginTurnedOn(rossi, byAnna, NOW, mario, MARIO, Optional.empty()));
    }

    @Test
    void B6_login_off_voids_the_addresss_links_for_this_account() {
        var access = access(login(MARIO));

        assertThat(access.turn(mario, MARIO, AccessToggle.LOGIN, false, Optional.empty(), byAnna, NOW)).containsExactly(
                new LoginTurnedOff(rossi, byAnna, NOW, mario, MARIO),
                new LinksVoided(rossi, byAnna, NOW, MARIO));
        assertThat(access.of(mario, MARIO)).contains(EmailAccess.none(MARIO));
    }

    @Test
    void A9_only_an_address_of_a_linked_contact_has_toggles() {
        var access = access(EmailAccess.none(MARIO));

        assertThatThrownBy(() -> access.turn(ContactId.random(), MARIO, AccessToggle.LOGIN, true, Optional.empty(), byAnna, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("contact"));
        assertThatThrownBy(() -> access.turn(mario, LUCIA, AccessToggle.LOGIN, true, Optional.empty(), byAnna, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("email");
                    assertThat(e.messageKey()).isEqualTo("access.unknown-address");
                });
        assertThat(access.of(ContactId.random(), MARIO)).isEmpty();
    }

    @Test
    void F5_unlinking_a_contact_voids_the_links_of_its_addresses_with_login() {
        var access = access(login(MARIO), EmailAccess.none(MARIO_GMAIL));

        assertThat(access.unlink(mario, byAnna, NOW)).containsExactly(
                new ContactUnlinked(rossi, byAnna, NOW, mario),
                new LinksVoided(rossi, byAnna, NOW, MARIO));
        assertThat(access.of(mario, MARIO)).isEmpty();
    }

    @Test
    void F5_the_last_contact_or_one_not_linked_cannot_be_unlinked() {
        var access = access(EmailAccess.none(MARIO));
        access.unlink(lucia, byAnna, NOW);

        assertThatThrownBy(() -> access.unlink(mario, byAnna, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("account.last-contact"));
        assertThatThrownBy(() -> access.unlink(lucia, byAnna, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.contact-not-linked"));
    }

    @Test
    void B8_revoking_an_unlinked_address_ends_its_login_once() {
        var access = access(List.of(EmailAccess.none(MARIO)), Set.of(MARIO_GMAIL), Set.of(MARIO_GMAIL));

        assertThat(access.revokeUnlinked(new EmailAddress("M.Rossi@gmail.com"), byAnna, NOW)).containsExactly(
                new UnlinkedRevoked(rossi, byAnna, NOW, MARIO_GMAIL),
                new LinksVoided(rossi, byAnna, NOW, MARIO_GMAIL));
        assertThat(access.unlinked()).isEmpty();
        assertThat(access.revokeUnlinked(MARIO_GMAIL, byAnna, NOW)).isEmpty();
    }

    @Test
    void B5_a_changed_address_not_yet_activated_hands_its_toggles_on_and_is_invited_again() {
        var access = access(new EmailAccess(MARIO, true, true, true), EmailAccess.none(MARIO_GMAIL));

        var events = access.addressesChanged(mario, new ContactEmails(List.of(MARIO_NEW, MARIO_GMAIL)), Set.of(), INVITE, byAnna, NOW);

        assertThat(events).containsExactly(
                new AddressesChanged(rossi, byAnna, NOW, mario, List.of(MARIO, MARIO_GMAIL), List.of(MARIO_NEW, MARIO_GMAIL)),
                new AddressMoved(rossi, byAnna, NOW, mario, MARIO, MARIO_NEW),
                new LinksVoided(rossi, byAnna, NOW, MARIO),
                new LoginTurnedOn(rossi, byAnna, NOW, mario, MARIO_NEW, Optional.of(INVITE)),
                new NotifyChanged(rossi, byAnna, NOW, mario, MARIO_NEW, true),
                new SyncChanged(rossi, byAnna, NOW, mario, MARIO_NEW, true));
        assertThat(access.of(mario, MARIO_NEW)).contains(new EmailAccess(MARIO_NEW, true, true, true));
        assertThat(access.of(mario, MARIO)).isEmpty();
        assertThat(access.of(mario, MARIO_GMAIL)).contains(EmailAccess.none(MARIO_GMAIL));
        assertThat(access.unlinked()).isEmpty();
    }

    @Test
    void B5_a_new_address_that_activated_already_gets_login_without_an_invitation() {
        var access = access(login(MARIO));

        var events = access.addressesChanged(mario, new ContactEmails(List.of(MARIO_NEW)), Set.of(MARIO_NEW), INVITE, byAnna, NOW);

        assertThat(events).contains(new LoginTurnedOn(rossi, byAnna, NOW, mario, MARIO_NEW, Optional.empty()));
    }

    @Test
    void B8_a_changed_address_that_activated_keeps_its_login_unlinked_and_hands_on_the_rest() {
        var access = access(List.of(new EmailAccess(MARIO, true, true, false)), Set.of(MARIO), Set.of());

        var events = access.addressesChanged(mario, new ContactEmails(List.of(MARIO_NEW)), Set.of(), INVITE, byAnna, NOW);

        assertThat(events).containsExactly(
                new AddressesChanged(rossi, byAnna, NOW, mario, List.of(MARIO), List.of(MARIO_NEW)),
                new AddressMoved(rossi, byAnna, NOW, mario, MARIO, MARIO_NEW),
                new KeptAsUnlinked(rossi, byAnna, NOW, MARIO),
                new NotifyChanged(rossi, byAnna, NOW, mario, MARIO_NEW, true));
        assertThat(access.of(mario, MARIO_NEW)).contains(new EmailAccess(MARIO_NEW, false, true, false));
        assertThat(access.unlinked()).containsExactly(MARIO);
    }

    @Test
    void B8_a_removed_address_keeps_its_login_if_it_activated_and_else_its_links_stop() {
        var access = access(List.of(login(MARIO), login(MARIO_GMAIL), new EmailAccess(LUCIA, false, true, false)),
                Set.of(MARIO_GMAIL), Set.of());

        var events = access.addressesChanged(mario, ContactEmails.NONE, Set.of(), INVITE, byAnna, NOW);

        assertThat(events).containsExactly(
                new AddressesChanged(rossi, byAnna, NOW, mario, List.of(MARIO, MARIO_GMAIL, LUCIA), List.of()),
                new LinksVoided(rossi, byAnna, NOW, MARIO),
                new KeptAsUnlinked(rossi, byAnna, NOW, MARIO_GMAIL));
        assertThat(access.unlinked()).containsExactly(MARIO_GMAIL);
        assertThat(access.of(mario, MARIO)).isEmpty();
    }

    @Test
    void F6_an_added_address_starts_with_every_toggle_off_and_the_others_keep_theirs() {
        var access = access(new EmailAccess(MARIO, true, true, false));

        var events = access.addressesChanged(mario, new ContactEmails(List.of(new EmailAddress("Mario@Rossi.it"), MARIO_NEW)),
                Set.of(), INVITE, byAnna, NOW);

        assertThat(events).containsExactly(new AddressesChanged(rossi, byAnna, NOW, mario, List.of(MARIO),
                List.of(new EmailAddress("Mario@Rossi.it"), MARIO_NEW)));
        assertThat(access.of(mario, MARIO)).contains(new EmailAccess(new EmailAddress("Mario@Rossi.it"), true, true, false));
        assertThat(access.of(mario, MARIO_NEW)).contains(EmailAccess.none(MARIO_NEW));
    }

    @Test
    void F6_unchanged_addresses_or_a_contact_not_linked_here_change_nothing() {
        var access = access(login(MARIO));

        assertThat(access.addressesChanged(mario, new ContactEmails(List.of(MARIO)), Set.of(), INVITE, byAnna, NOW)).isEmpty();
        assertThat(access.addressesChanged(ContactId.random(), ContactEmails.NONE, Set.of(), INVITE, byAnna, NOW)).isEmpty();
        assertThat(access.of(mario, MARIO)).contains(login(MARIO));
    }

    @Test
    void A6_B1_a_new_account_starts_with_its_team_its_contacts_and_the_toggles_given() {
        var contact = io.portico.domain.contact.Contact.create(new io.portico.domain.contact.ContactName("Mario", "Rossi"),
                new ContactEmails(List.of(MARIO, MARIO_GMAIL, MARIO_NEW)), "", PostalAddress.NONE);
        var link = ContactLink.of(contact, "", List.of(login(MARIO), new EmailAccess(MARIO_GMAIL, true, false, true),
                new EmailAccess(MARIO_NEW, false, true, false)));
        var account = new Account(rossi, AccountType.INDIVIDUAL, new AccountName("Rossi"), Optional.empty(), PostalAddress.NONE,
                Set.of(anna), List.of(link), 0);

        var events = AccountAccess.opened(account, Set.of(MARIO_GMAIL), Optional.of(INVITE), byAnna, NOW);

        assertThat(events).containsExactly(
                new TeamMemberAdded(rossi, byAnna, NOW, anna),
                new ContactLinked(rossi, byAnna, NOW, contact.id()),
                new LoginTurnedOn(rossi, byAnna, NOW, contact.id(), MARIO, Optional.of(INVITE)),
                new LoginTurnedOn(rossi, byAnna, NOW, contact.id(), MARIO_GMAIL, Optional.empty()),
                new SyncChanged(rossi, byAnna, NOW, contact.id(), MARIO_GMAIL, true),
                new NotifyChanged(rossi, byAnna, NOW, contact.id(), MARIO_NEW, true));
    }

    @Test
    void A6_a_team_change_is_one_event_per_member_who_joined_or_left() {
        StaffId marco = StaffId.random();
        StaffId sara = StaffId.random();

        assertThat(AccountAccess.teamChanged(rossi, Set.of(anna, marco), Set.of(anna, sara), byAnna, NOW)).containsExactly(
                new TeamMemberAdded(rossi, byAnna, NOW, sara),
                new TeamMemberRemoved(rossi, byAnna, NOW, marco));
        assertThat(AccountAccess.teamChanged(rossi, Set.of(anna), Set.of(anna), byAnna, NOW)).isEmpty();
    }

    @Test
    void a_change_is_saved_against_the_version_the_user_saw() {
        var access = access(List.of(EmailAccess.none(MARIO)), Set.of(MARIO), Set.of(MARIO_GMAIL));

        var seen = access.atVersion(2);

        assertThat(seen.version()).isEqualTo(2);
        assertThat(access.version()).isEqualTo(3);
        assertThat(seen.account()).isEqualTo(rossi);
        assertThat(seen.unlinked()).containsExactly(MARIO_GMAIL);
        assertThat(seen.of(mario, MARIO)).contains(EmailAccess.none(MARIO));
        assertThat(seen.turn(mario, MARIO, AccessToggle.LOGIN, true, Optional.of(INVITE), byAnna, NOW))
                .containsExactly(new LoginTurnedOn(rossi, byAnna, NOW, mario, MARIO, Optional.empty()));
    }

    @Test
    void the_client_and_a_job_are_actors_too() {
        assertThat(Actor.client().staff()).isEmpty();
        assertThat(Actor.client().job()).isEmpty();
        assertThat(byAnna.staff()).contains(anna);
        assertThat(new Invite(null).personalMessage()).isEmpty();
        assertThat(HistoryEntry.switched(rossi, byAnna, NOW, HistoryType.LOGIN, "a@b.it", true))
                .isEqualTo(new HistoryEntry(rossi, byAnna, NOW, HistoryType.LOGIN, "a@b.it", "off", "on"));
        assertThat(HistoryEntry.switched(rossi, byAnna, NOW, HistoryType.LOGIN, "a@b.it", false))
                .isEqualTo(new HistoryEntry(rossi, byAnna, NOW, HistoryType.LOGIN, "a@b.it", "on", "off"));
        assertThat(new HistoryEntry(rossi, byAnna, NOW, HistoryType.ACTIVATED, null, null, null))
                .isEqualTo(new HistoryEntry(rossi, byAnna, NOW, HistoryType.ACTIVATED, ""));
    }
    @Test
    void issue12_adding_a_contact_links_it_and_turns_on_what_was_asked_inviting_only_who_has_not_activated() {
        var access = access(EmailAccess.none(MARIO));
        ContactId ada = ContactId.random();
        EmailAddress adaHome = new EmailAddress("ada@home.it");
        EmailAddress adaWork = new EmailAddress("ada@work.it");

        var events = access.link(ada, List.of(new EmailAccess(adaHome, true, true, false), new EmailAccess(adaWork, true, false, true),
                EmailAccess.none(new EmailAddress("ada@old.it"))), Set.of(adaWork), Optional.of(INVITE), byAnna, NOW);

        assertThat(events).containsExactly(
                new ContactLinked(rossi, byAnna, NOW, ada),
                new LoginTurnedOn(rossi, byAnna, NOW, ada, adaHome, Optional.of(INVITE)),
                new NotifyChanged(rossi, byAnna, NOW, ada, adaHome, true),
                new LoginTurnedOn(rossi, byAnna, NOW, ada, adaWork, Optional.empty()),
                new SyncChanged(rossi, byAnna, NOW, ada, adaWork, true));
        assertThat(access.of(ada, adaHome)).contains(new EmailAccess(adaHome, true, true, false));
    }

    @Test
    void issue12_a_contact_without_addresses_is_linked_with_no_toggle() {
        var access = access(EmailAccess.none(MARIO));
        ContactId ada = ContactId.random();

        assertThat(access.link(ada, List.of(), Set.of(), Optional.empty(), byAnna, NOW))
                .containsExactly(new ContactLinked(rossi, byAnna, NOW, ada));
        assertThat(access.unlink(ada, byAnna, NOW)).containsExactly(new ContactUnlinked(rossi, byAnna, NOW, ada));
    }

    @Test
    void issue12_a_contact_already_on_the_account_is_not_linked_twice() {
        var access = access(EmailAccess.none(MARIO));

        assertThatThrownBy(() -> access.link(lucia, List.of(login(LUCIA)), Set.of(), Optional.of(INVITE), byAnna, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("contact");
                    assertThat(e.messageKey()).isEqualTo("account.contact-already-linked");
                });
        assertThat(access.of(lucia, LUCIA)).contains(EmailAccess.none(LUCIA));
    }
}
