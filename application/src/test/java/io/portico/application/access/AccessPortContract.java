package io.portico.application.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.access.port.out.LoadAccessPort;
import io.portico.application.access.port.out.SaveAccessPort;
import io.portico.application.account.AccountFixtures;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.portal.port.out.PortalAccessPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.portal.port.out.UnlinkedAccessPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.access.AccessToggle;
import io.portico.domain.access.EmailAccess;
import io.portico.domain.account.Account;
import io.portico.domain.account.ContactLink;
import io.portico.domain.account.access.AccountAccess;
import io.portico.domain.account.access.Actor;
import io.portico.domain.account.access.Invite;
import io.portico.domain.contact.Contact;
import io.portico.domain.contact.ContactEmails;
import io.portico.domain.portal.PortalUser;
import io.portico.domain.portal.UnlinkedEmail;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.StaleRecordException;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link LoadAccessPort} and {@link SaveAccessPort} does; each test starts with nothing stored. */
public abstract class AccessPortContract {

    protected static final Instant NOW = AccountFixtures.NOW;
    protected static final EmailAddress MARIO = new EmailAddress("mario@rossi.it");
    protected static final EmailAddress MARIO_GMAIL = new EmailAddress("m.rossi@gmail.com");
    protected static final EmailAddress LUCIA = new EmailAddress("lucia@rossi.it");

    protected abstract StaffPort staff();

    protected abstract ContactPort contacts();

    protected abstract AccountPort accounts();

    protected abstract PortalUserPort users();

    protected abstract UnlinkedAccessPort unlinked();

    protected abstract PortalAccessPort portalAccess();

    protected abstract LoadAccessPort load();

    protected abstract SaveAccessPort save();

    protected StaffMember anna;
    protected Contact mario;
    protected Contact lucia;
    protected Account rossi;

    @BeforeEach
    void accountWithTwoContacts() {
        anna = AccountFixtures.staff(staff(), "Anna", "Bianchi", StaffRole.OWNER);
        mario = AccountFixtures.contact(contacts(), anna.id(), "Mario", "Rossi", MARIO.value(), MARIO_GMAIL.value());
        lucia = AccountFixtures.contact(contacts(), anna.id(), "Lucia", "Rossi", LUCIA.value());
        rossi = AccountFixtures.individual("Rossi family", Set.of(anna.id()),
                ContactLink.of(mario, "", List.of(new EmailAccess(MARIO, true, false, true))), AccountFixtures.loginFor(lucia, LUCIA.value()));
        accounts().add(rossi, anna.id(), NOW);
    }

    protected AccountAccess loaded() {
        return load().load(rossi.id()).orElseThrow();
    }

    @Test
    void the_access_of_an_account_is_each_addresss_toggles_who_activated_and_what_is_kept_unlinked() {
        users().add(PortalUser.activate(new EmailAddress("LUCIA@rossi.it"), "hash", NOW));
        unlinked().keep(new UnlinkedEmail(rossi.id(), new EmailAddress("old@rossi.it"), NOW));

        AccountAccess access = loaded();

        assertThat(access.account()).isEqualTo(rossi.id());
        assertThat(access.version()).isZero();
        assertThat(access.of(mario.id(), MARIO)).contains(new EmailAccess(MARIO, true, false, true));
        assertThat(access.of(mario.id(), MARIO_GMAIL)).contains(EmailAccess.none(MARIO_GMAIL));
        assertThat(access.unlinked()).containsExactly(new EmailAddress("old@rossi.it"));
        assertThat(load().load(io.portico.domain.account.AccountId.random())).isEmpty();
        assertThat(load().activated(List.of(MARIO, LUCIA))).containsExactly(LUCIA);
        // who activated shows in what a change does: LOGIN on for an activated address invites nobody
        assertThat(access.turn(lucia.id(), LUCIA, AccessToggle.LOGIN, false, Optional.empty(), Actor.staff(anna.id()), NOW)).hasSize(2);
    }

    @Test
    void F5_saving_a_toggle_changes_only_it_and_raises_the_version() {
        AccountAccess access = loaded();
        var events = access.turn(mario.id(), MARIO_GMAIL, AccessToggle.NOTIFY, true, Optional.empty(), Actor.staff(anna.id()), NOW);

        save().save(access, events, anna.id(), NOW);

        AccountAccess after = loaded();
        assertThat(after.version()).isEqualTo(1);
        assertThat(after.of(mario.id(), MARIO_GMAIL)).contains(new EmailAccess(MARIO_GMAIL, false, true, false));
        assertThat(after.of(mario.id(), MARIO)).contains(new EmailAccess(MARIO, true, false, true));
        assertThat(after.of(lucia.id(), LUCIA)).contains(new EmailAccess(LUCIA, true, false, false));
        assertThat(accounts().find(rossi.id()).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void B6_login_off_is_saved_and_the_address_reaches_the_account_no_more() {
        AccountAccess access = loaded();
        var events = access.turn(mario.id(), MARIO, AccessToggle.LOGIN, false, Optional.empty(), Actor.staff(anna.id()), NOW);

        save().save(access, events, anna.id(), NOW);

        assertThat(portalAccess().loginOn(rossi.id(), MARIO)).isFalse();
        assertThat(loaded().of(mario.id(), MARIO)).contains(new EmailAccess(MARIO, false, false, true));
        AccountAccess again = loaded();
        save().save(again, again.turn(mario.id(), MARIO, AccessToggle.LOGIN, true, Optional.empty(), Actor.staff(anna.id()), NOW),
                anna.id(), NOW);
        assertThat(portalAccess().loginOn(rossi.id(), MARIO)).isTrue();
    }

    @Test
    void a_save_from_an_older_version_is_refused_as_stale_naming_who_saved() {
        AccountAccess first = loaded();
        AccountAccess second = loaded();
        save().save(first, first.turn(mario.id(), MARIO, AccessToggle.NOTIFY, true, Optional.empty(), Actor.staff(anna.id()), NOW),
                anna.id(), NOW);

        var events = second.turn(mario.id(), MARIO_GMAIL, AccessToggle.NOTIFY, true, Optional.empty(), Actor.staff(anna.id()), NOW);
        assertThatThrownBy(() -> save().save(second, events, anna.id(), NOW.plusSeconds(1)))
                .isInstanceOfSatisfying(StaleRecordException.class, e -> assertThat(e.changedBy()).isEqualTo("Anna Bianchi"));
        assertThat(loaded().of(mario.id(), MARIO_GMAIL)).contains(EmailAccess.none(MARIO_GMAIL));
    }

    @Test
    void F5_an_unlinked_contact_is_gone_from_the_account_and_the_contact_stays() {
        AccountAccess access = loaded();

        save().save(access, access.unlink(lucia.id(), Actor.staff(anna.id()), NOW), anna.id(), NOW);

        assertThat(accounts().find(rossi.id()).orElseThrow().links()).extracting(ContactLink::contactId).containsExactly(mario.id());
        assertThat(portalAccess().loginOn(rossi.id(), LUCIA)).isFalse();
        assertThat(contacts().find(lucia.id())).isPresent();
    }

    @Test
    void B5_B8_addresses_that_moved_carry_their_toggles_and_an_activated_one_is_kept_unlinked_until_revoked() {
        users().add(PortalUser.activate(MARIO, "hash", NOW));
        AccountAccess access = loaded();
        Contact changed = new Contact(mario.id(), mario.name(), new ContactEmails(List.of(new EmailAddress("mario@nuovo.it"), MARIO_GMAIL)),
                mario.phone(), mario.address(), mario.tags(), mario.customValues(), mario.version());
        contacts().update(changed, anna.id(), NOW);

        save().save(access, access.addressesChanged(mario.id(), changed.emails(), Set.of(), new Invite(""),
                Actor.staff(anna.id()), NOW), anna.id(), NOW);

        AccountAccess after = loaded();
        assertThat(after.of(mario.id(), new EmailAddress("mario@nuovo.it")))
                .contains(new EmailAccess(new EmailAddress("mario@nuovo.it"), false, false, true));
        assertThat(after.unlinked()).containsExactly(MARIO);
        assertThat(portalAccess().loginOn(rossi.id(), MARIO)).isTrue();

        save().save(after, after.revokeUnlinked(MARIO, Actor.staff(anna.id()), NOW), anna.id(), NOW);
        assertThat(loaded().unlinked()).isEmpty();
        assertThat(portalAccess().loginOn(rossi.id(), MARIO)).isFalse();
    }
}
