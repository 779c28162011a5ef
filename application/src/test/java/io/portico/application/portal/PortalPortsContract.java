package io.portico.application.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.account.AccountFixtures;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.domain.portal.PortalAccount;
import io.portico.application.portal.port.out.InvitationPort;
import io.portico.application.portal.port.out.PortalAccessPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.account.Account;
import io.portico.domain.contact.Contact;
import io.portico.domain.portal.Invitation;
import io.portico.domain.portal.InvitationValidity;
import io.portico.domain.portal.PortalUser;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.SecretToken;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every portal user, invitation and portal access port does; each test starts with nothing stored. */
public abstract class PortalPortsContract {

    protected abstract StaffPort staff();

    protected abstract ContactPort contacts();

    protected abstract AccountPort accounts();

    protected abstract PortalUserPort users();

    protected abstract InvitationPort invitations();

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
    void B2_an_invitation_is_found_by_its_hash_and_is_the_address_latest() {
        Invitation older = invitation(NOW.minusSeconds(60));
        Invitation newer = invitation(NOW);
        invitations().add(older);
        invitations().add(newer);

        assertThat(invitations().find(older.tokenHash())).contains(older);
        assertThat(invitations().latest(new EmailAddress("mario@rossi.it"))).contains(newer);
        assertThat(invitations().latest(new EmailAddress("nobody@rossi.it"))).isEmpty();
    }

    @Test
    void B2_a_link_is_redeemed_once_and_never_when_expired() {
        Invitation link = invitation(NOW);
        Invitation expired = invitation(NOW.minus(Duration.ofDays(8)));
        invitations().add(link);
        invitations().add(expired);

        assertThat(invitations().redeem(link.tokenHash(), NOW.plusSeconds(1))).hasValueSatisfying(used ->
                assertThat(used.usedAt()).isEqualTo(NOW.plusSeconds(1)));
        assertThat(invitations().redeem(link.tokenHash(), NOW.plusSeconds(2))).isEmpty();
        assertThat(invitations().redeem(expired.tokenHash(), NOW)).isEmpty();
    }

    @Test
    void B3_B5_voiding_closes_every_open_link_of_the_address_only() {
        Invitation first = invitation(NOW.minusSeconds(60));
        Invitation second = invitation(NOW);
        Invitation other = Invitation.send(SecretToken.generate().hash(), bianchi.id(), new EmailAddress("mario@gmail.com"), "",
                anna.id(), NOW, InvitationValidity.DEFAULT);
        invitations().add(first);
        invitations().add(second);
        invitations().add(other);

        invitations().voidOpen(new EmailAddress("MARIO@rossi.it"), NOW.plusSeconds(5));

        assertThat(invitations().find(first.tokenHash()).orElseThrow().voided()).isTrue();
        assertThat(invitations().find(second.tokenHash()).orElseThrow().voidedAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(invitations().redeem(second.tokenHash(), NOW.plusSeconds(6))).isEmpty();
        assertThat(invitations().find(other.tokenHash()).orElseThrow().usableAt(NOW.plusSeconds(6))).isTrue();
    }

    @Test
    void B6_voiding_for_one_account_closes_only_the_addresss_open_links_sent_for_it() {
        Invitation forRossi = invitation(NOW);
        Invitation forBianchi = Invitation.send(SecretToken.generate().hash(), bianchi.id(), MARIO, "", anna.id(), NOW,
                InvitationValidity.DEFAULT);
        Invitation otherAddress = Invitation.send(SecretToken.generate().hash(), rossi.id(), new EmailAddress("mario@gmail.com"), "",
                anna.id(), NOW, InvitationValidity.DEFAULT);
        invitations().add(forRossi);
        invitations().add(forBianchi);
        invitations().add(otherAddress);

        invitations().voidOpen(rossi.id(), new EmailAddress("MARIO@rossi.it"), NOW.plusSeconds(5));

        assertThat(invitations().find(forRossi.tokenHash()).orElseThrow().voidedAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(invitations().find(forBianchi.tokenHash()).orElseThrow().usableAt(NOW.plusSeconds(6))).isTrue();
        assertThat(invitations().find(otherAddress.tokenHash()).orElseThrow().usableAt(NOW.plusSeconds(6))).isTrue();
    }

    @Test
    void B2_a_link_asks_for_a_new_one_once_whatever_its_state() {
        Invitation expired = invitation(NOW.minus(Duration.ofDays(8)));
        invitations().add(expired);

        assertThat(invitations().markNewLinkAsked(expired.tokenHash(), NOW)).isTrue();
        assertThat(invitations().markNewLinkAsked(expired.tokenHash(), NOW.plusSeconds(1))).isFalse();
        assertThat(invitations().markNewLinkAsked(SecretToken.generate().hash(), NOW)).isFalse();
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

    private Invitation invitation(Instant sentAt) {
        return Invitation.send(SecretToken.generate().hash(), rossi.id(), MARIO, "Welcome", anna.id(), sentAt,
                InvitationValidity.DEFAULT);
    }
}
