package io.portico.application.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.account.AccountFixtures;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.link.port.out.MailedLinkPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.account.Account;
import io.portico.domain.account.AccountType;
import io.portico.domain.contact.Contact;
import io.portico.domain.link.LinkHolder;
import io.portico.domain.link.LinkPurpose;
import io.portico.domain.link.MailedLink;
import io.portico.domain.portal.Invitation;
import io.portico.domain.portal.InvitationValidity;
import io.portico.domain.portal.PendingSignup;
import io.portico.domain.portal.SignupRequest;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.SecretToken;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link MailedLinkPort} does, for every purpose; each test starts with no links. */
public abstract class MailedLinkPortContract {

    protected abstract StaffPort staff();

    protected abstract ContactPort contacts();

    protected abstract AccountPort accounts();

    protected abstract MailedLinkPort links();

    /** Each redeem in its own transaction, as the use cases run it. */
    protected abstract Transactions transactions();

    protected static final Instant NOW = AccountFixtures.NOW;
    protected static final LinkHolder ANNA = LinkHolder.of(UUID.fromString("0b9d3c51-2a6e-4f0b-8d7c-5e1f2a3b4c5d"));
    protected static final LinkHolder LUCIA = LinkHolder.of(UUID.fromString("7e2f9a14-6c3b-4d8e-9f0a-1b2c3d4e5f60"));
    protected static final EmailAddress MARIO = new EmailAddress("Mario@Rossi.it");

    private StaffMember sender;
    private Account rossi;
    private Account bianchi;

    @BeforeEach
    void aFirmWithTwoAccounts() {
        sender = AccountFixtures.staff(staff(), "Anna", "Bianchi", StaffRole.OWNER);
        Contact mario = AccountFixtures.contact(contacts(), sender.id(), "Mario", "Rossi", MARIO.value());
        rossi = AccountFixtures.individual("Rossi family", Set.of(sender.id()), AccountFixtures.plain(mario));
        bianchi = AccountFixtures.individual("Bianchi", Set.of(sender.id()), AccountFixtures.plain(mario));
        accounts().add(rossi, sender.id(), NOW);
        accounts().add(bianchi, sender.id(), NOW);
    }

    protected MailedLink reset(LinkPurpose purpose, LinkHolder holder, Instant at) {
        MailedLink link = MailedLink.issue(SecretToken.generate().hash(), purpose, holder, at);
        links().issue(link);
        return link;
    }

    protected MailedLink staffReset(LinkHolder holder, Instant at) {
        return reset(LinkPurpose.STAFF_PASSWORD_RESET, holder, at);
    }

    private Invitation invite(Account account, EmailAddress email, Instant at) {
        Invitation invitation = Invitation.send(SecretToken.generate().hash(), account.id(), email, "Welcome", sender.id(), at,
                InvitationValidity.DEFAULT);
        links().issue(invitation);
        return invitation;
    }

    @Test
    void C3_a_link_issued_alongside_keeps_the_open_one_and_using_either_voids_the_other() {
        Invitation first = invite(rossi, MARIO, NOW);
        Invitation second = Invitation.send(SecretToken.generate().hash(), rossi.id(), MARIO, "Welcome", sender.id(),
                NOW.plusSeconds(60), InvitationValidity.DEFAULT);
        links().issueAlongside(second);

        assertThat(links().invitation(first.tokenHash()).orElseThrow().usableAt(NOW.plusSeconds(61))).isTrue();
        assertThat(links().redeem(LinkPurpose.PORTAL_INVITATION, second.tokenHash(), NOW.plusSeconds(120))).isPresent();
        assertThat(links().invitation(first.tokenHash()).orElseThrow().usableAt(NOW.plusSeconds(121))).isFalse();
    }

    private PendingSignup signUp(SignupRequest request, Instant at) {
        PendingSignup signup = PendingSignup.submit(SecretToken.generate().hash(), request, at);
        links().issue(signup);
        return signup;
    }

    private boolean usable(LinkPurpose purpose, MailedLink link, Instant at) {
        return links().find(purpose, link.tokenHash()).orElseThrow().usableAt(at);
    }

    @Test
    void G1_B11_an_issued_link_is_found_by_its_hash_only_and_only_for_its_purpose() {
        MailedLink link = staffReset(ANNA, NOW);

        assertThat(links().find(LinkPurpose.STAFF_PASSWORD_RESET, link.tokenHash())).contains(link);
        assertThat(links().find(LinkPurpose.PORTAL_PASSWORD_RESET, link.tokenHash())).isEmpty();
        assertThat(links().find(LinkPurpose.STAFF_PASSWORD_RESET, SecretToken.generate().hash())).isEmpty();
        assertThat(links().redeem(LinkPurpose.PORTAL_PASSWORD_RESET, link.tokenHash(), NOW)).as("a portal page cannot use it")
                .isEmpty();
    }

    @Test
    void G1_B11_a_link_is_redeemed_once() {
        MailedLink link = reset(LinkPurpose.PORTAL_PASSWORD_RESET, ANNA, NOW);

        assertThat(links().redeem(LinkPurpose.PORTAL_PASSWORD_RESET, link.tokenHash(), NOW.plusSeconds(60)))
                .hasValueSatisfying(used -> {
                    assertThat(used.holder()).isEqualTo(ANNA);
                    assertThat(used.usedAt()).isEqualTo(NOW.plusSeconds(60));
                });
        assertThat(links().redeem(LinkPurpose.PORTAL_PASSWORD_RESET, link.tokenHash(), NOW.plusSeconds(61))).isEmpty();
        assertThat(usable(LinkPurpose.PORTAL_PASSWORD_RESET, link, NOW.plusSeconds(62))).isFalse();
    }

    @Test
    void G1_B11_an_expired_link_is_not_redeemed_from_the_instant_it_expires() {
        MailedLink link = staffReset(ANNA, NOW);

        assertThat(links().redeem(LinkPurpose.STAFF_PASSWORD_RESET, link.tokenHash(), link.expiresAt())).isEmpty();
        assertThat(links().redeem(LinkPurpose.STAFF_PASSWORD_RESET, link.tokenHash(), link.expiresAt().minusSeconds(1)))
                .as("still open until then").isPresent();
    }

    @Test
    void an_unknown_link_is_not_redeemed() {
        assertThat(links().redeem(LinkPurpose.STAFF_PASSWORD_RESET, SecretToken.generate().hash(), NOW)).isEmpty();
    }

    @Test
    void G1_B11_a_newer_link_voids_the_older_ones_of_that_person_and_purpose_only() {
        MailedLink older = staffReset(ANNA, NOW);
        MailedLink lucias = staffReset(LUCIA, NOW);
        MailedLink portal = reset(LinkPurpose.PORTAL_PASSWORD_RESET, ANNA, NOW);
        MailedLink newer = staffReset(ANNA, NOW.plusSeconds(5));

        assertThat(links().find(LinkPurpose.STAFF_PASSWORD_RESET, older.tokenHash()).orElseThrow().voidedAt())
                .isEqualTo(NOW.plusSeconds(5));
        assertThat(links().redeem(LinkPurpose.STAFF_PASSWORD_RESET, older.tokenHash(), NOW.plusSeconds(6))).isEmpty();
        assertThat(links().redeem(LinkPurpose.STAFF_PASSWORD_RESET, newer.tokenHash(), NOW.plusSeconds(7))).isPresent();
        assertThat(links().redeem(LinkPurpose.STAFF_PASSWORD_RESET, lucias.tokenHash(), NOW.plusSeconds(8))).isPresent();
        assertThat(usable(LinkPurpose.PORTAL_PASSWORD_RESET, portal, NOW.plusSeconds(9))).isTrue();
    }

    @Test
    void G1_B11_using_a_link_leaves_the_links_of_other_people_open() {
        MailedLink annas = staffReset(ANNA, NOW);
        MailedLink lucias = staffReset(LUCIA, NOW);

        assertThat(links().redeem(LinkPurpose.STAFF_PASSWORD_RESET, annas.tokenHash(), NOW.plusSeconds(10))).isPresent();

        assertThat(usable(LinkPurpose.STAFF_PASSWORD_RESET, lucias, NOW.plusSeconds(11))).isTrue();
    }

    @Test
    void G1_B11_one_link_submitted_twice_at_once_is_redeemed_once() throws Exception {
        redeemedOnceWhenSubmittedTwiceAtOnce(staffReset(ANNA, NOW));
    }

    @Test
    void B2_one_invitation_submitted_twice_at_once_is_redeemed_once() throws Exception {
        redeemedOnceWhenSubmittedTwiceAtOnce(invite(rossi, MARIO, NOW).link());
    }

    private void redeemedOnceWhenSubmittedTwiceAtOnce(MailedLink link) throws Exception {
        var bothReady = new CountDownLatch(2);
        Callable<Optional<MailedLink>> submit = () -> transactions().inTransaction(() -> {
            bothReady.countDown();
            awaitOther(bothReady);
            return links().redeem(link.purpose(), link.tokenHash(), NOW.plusSeconds(60));
        });

        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Optional<MailedLink>> first = threads.submit(submit);
            Future<Optional<MailedLink>> second = threads.submit(submit);
            List<Optional<MailedLink>> results = List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS));
            assertThat(results).filteredOn(Optional::isPresent).hasSize(1);
            assertThat(results).filteredOn(Optional::isEmpty).hasSize(1);
        } finally {
            threads.shutdownNow();
        }
    }

    private static void awaitOther(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).as("the other submission got there").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void voiding_closes_the_open_links_of_a_holder_and_purpose_only() {
        MailedLink used = staffReset(ANNA, NOW);
        links().redeem(LinkPurpose.STAFF_PASSWORD_RESET, used.tokenHash(), NOW.plusSeconds(1));
        MailedLink open = staffReset(ANNA, NOW.plusSeconds(2));
        MailedLink lucias = staffReset(LUCIA, NOW);

        links().voidOpen(LinkPurpose.STAFF_PASSWORD_RESET, ANNA, NOW.plusSeconds(5));

        assertThat(links().find(LinkPurpose.STAFF_PASSWORD_RESET, open.tokenHash()).orElseThrow().voidedAt())
                .isEqualTo(NOW.plusSeconds(5));
        assertThat(links().find(LinkPurpose.STAFF_PASSWORD_RESET, used.tokenHash()).orElseThrow().voidedAt()).isNull();
        assertThat(usable(LinkPurpose.STAFF_PASSWORD_RESET, lucias, NOW.plusSeconds(6))).isTrue();
    }

    @Test
    void dead_links_are_purged_and_open_ones_and_invitations_kept() {
        MailedLink replaced = staffReset(ANNA, NOW.minusSeconds(60));
        MailedLink open = staffReset(ANNA, NOW);
        MailedLink expired = reset(LinkPurpose.PORTAL_PASSWORD_RESET, LUCIA, NOW.minus(Duration.ofHours(2)));
        MailedLink used = reset(LinkPurpose.PORTAL_PASSWORD_RESET, ANNA, NOW);
        links().redeem(LinkPurpose.PORTAL_PASSWORD_RESET, used.tokenHash(), NOW);
        Invitation oldInvitation = invite(rossi, MARIO, NOW.minus(Duration.ofDays(30)));
        PendingSignup unconfirmed = signUp(SignupRequest.of("Paolo", "Blu", "paolo@blu.it", AccountType.INDIVIDUAL, null),
                NOW.minus(Duration.ofHours(25)));

        assertThat(links().purgeDead(NOW.plusSeconds(1))).isEqualTo(4);

        assertThat(links().find(LinkPurpose.STAFF_PASSWORD_RESET, open.tokenHash())).isPresent();
        assertThat(links().find(LinkPurpose.STAFF_PASSWORD_RESET, replaced.tokenHash())).isEmpty();
        assertThat(links().find(LinkPurpose.PORTAL_PASSWORD_RESET, expired.tokenHash())).isEmpty();
        assertThat(links().find(LinkPurpose.PORTAL_PASSWORD_RESET, used.tokenHash())).isEmpty();
        assertThat(links().signup(unconfirmed.tokenHash())).as("with the name and address it held").isEmpty();
        assertThat(links().invitation(oldInvitation.tokenHash())).as("B3: who was invited when").isPresent();
    }

    @Test
    void B2_an_invitation_is_found_by_its_hash_and_is_the_address_latest_on_any_account() {
        Invitation older = invite(rossi, MARIO, NOW.minusSeconds(60));
        Invitation newer = invite(bianchi, new EmailAddress("mario@rossi.it"), NOW);

        assertThat(links().invitation(newer.tokenHash())).contains(newer);
        assertThat(links().invitation(older.tokenHash())).contains(older.with(older.link().voidAt(NOW)));
        assertThat(links().latestInvitation(new EmailAddress("MARIO@rossi.it"))).contains(newer);
        assertThat(links().latestInvitation(new EmailAddress("nobody@rossi.it"))).isEmpty();
        assertThat(links().invitation(SecretToken.generate().hash())).isEmpty();
        assertThat(links().find(LinkPurpose.PORTAL_INVITATION, newer.tokenHash())).contains(newer.link());
    }

    @Test
    void B2_an_invitation_is_redeemed_once_and_never_when_expired() {
        Invitation expired = invite(rossi, new EmailAddress("lucia@neri.it"), NOW.minus(Duration.ofDays(8)));
        Invitation link = invite(rossi, MARIO, NOW);

        assertThat(links().redeem(LinkPurpose.PORTAL_INVITATION, link.tokenHash(), NOW.plusSeconds(1)))
                .hasValueSatisfying(used -> assertThat(used.usedAt()).isEqualTo(NOW.plusSeconds(1)));
        assertThat(links().redeem(LinkPurpose.PORTAL_INVITATION, link.tokenHash(), NOW.plusSeconds(2))).isEmpty();
        assertThat(links().redeem(LinkPurpose.PORTAL_INVITATION, expired.tokenHash(), NOW)).isEmpty();
        assertThat(links().invitation(link.tokenHash()).orElseThrow().usedAt()).isEqualTo(NOW.plusSeconds(1));
    }

    @Test
    void B3_B5_voiding_closes_every_open_invitation_of_the_address_only() {
        Invitation first = invite(rossi, MARIO, NOW.minusSeconds(60));
        Invitation second = invite(bianchi, MARIO, NOW);
        Invitation other = invite(bianchi, new EmailAddress("mario@gmail.com"), NOW);

        links().voidOpen(LinkPurpose.PORTAL_INVITATION, LinkHolder.of(new EmailAddress("MARIO@rossi.it")), NOW.plusSeconds(5));

        assertThat(links().invitation(first.tokenHash()).orElseThrow().voided()).isTrue();
        assertThat(links().invitation(second.tokenHash()).orElseThrow().voidedAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(links().redeem(LinkPurpose.PORTAL_INVITATION, second.tokenHash(), NOW.plusSeconds(6))).isEmpty();
        assertThat(links().invitation(other.tokenHash()).orElseThrow().usableAt(NOW.plusSeconds(6))).isTrue();
    }

    @Test
    void B5_login_off_on_one_account_voids_only_the_invitations_issued_for_that_account() {
        Invitation forRossi = invite(rossi, MARIO, NOW);
        Invitation forOtherAddress = invite(rossi, new EmailAddress("mario@gmail.com"), NOW);
        // an open invitation for Bianchi, as stored before a newer one voided the older ones
        Invitation forBianchi = invite(bianchi, new EmailAddress("mario@rossi.it"), NOW.plusSeconds(1));

        links().voidOpenInvitations(new EmailAddress("MARIO@ROSSI.IT"), rossi.id(), NOW.plusSeconds(5));
        assertThat(links().invitation(forBianchi.tokenHash()).orElseThrow().usableAt(NOW.plusSeconds(6)))
                .as("LOGIN is still on for Bianchi: its link still grants something").isTrue();
        assertThat(links().invitation(forOtherAddress.tokenHash()).orElseThrow().usableAt(NOW.plusSeconds(6))).isTrue();

        links().voidOpenInvitations(MARIO, bianchi.id(), NOW.plusSeconds(7));
        assertThat(links().invitation(forBianchi.tokenHash()).orElseThrow().voidedAt()).isEqualTo(NOW.plusSeconds(7));
        assertThat(links().invitation(forRossi.tokenHash()).orElseThrow().voidedAt()).as("voided by the newer one")
                .isEqualTo(NOW.plusSeconds(1));
    }

    @Test
    void B2_an_invitation_asks_for_a_new_one_once_whatever_its_state() {
        Invitation expired = invite(rossi, MARIO, NOW.minus(Duration.ofDays(8)));
        MailedLink reset = staffReset(ANNA, NOW);

        assertThat(links().markNewLinkAsked(expired.tokenHash(), NOW)).isTrue();
        assertThat(links().markNewLinkAsked(expired.tokenHash(), NOW.plusSeconds(1))).isFalse();
        assertThat(links().markNewLinkAsked(SecretToken.generate().hash(), NOW)).isFalse();
        assertThat(links().markNewLinkAsked(reset.tokenHash(), NOW)).as("only invitations").isFalse();
    }

    @Test
    void B9_a_pending_signup_is_found_by_its_hash_with_everything_typed() {
        PendingSignup company = signUp(SignupRequest.of("Mario", "Rossi", "Mario@Rossi.it", AccountType.COMPANY, "Rossi Srl"), NOW);
        PendingSignup person = signUp(SignupRequest.of("Lucia", "Neri", "lucia@neri.it", AccountType.OTHER, null), NOW);

        assertThat(links().signup(company.tokenHash())).contains(company);
        assertThat(links().signup(person.tokenHash())).contains(person);
        assertThat(links().signup(SecretToken.generate().hash())).isEmpty();
        assertThat(links().invitation(person.tokenHash())).isEmpty();
    }

    @Test
    void B9_a_verification_link_is_redeemed_once_and_never_when_expired() {
        PendingSignup old = signUp(SignupRequest.of("Mario", "Rossi", "mario@rossi.it", AccountType.INDIVIDUAL, null),
                NOW.minus(Duration.ofHours(25)));
        PendingSignup link = signUp(SignupRequest.of("Mario", "Rossi", "mario@rossi.it", AccountType.INDIVIDUAL, null), NOW);

        assertThat(links().redeem(LinkPurpose.SIGNUP_VERIFICATION, link.tokenHash(), NOW.plusSeconds(1)))
                .hasValueSatisfying(used -> assertThat(used.usedAt()).isEqualTo(NOW.plusSeconds(1)));
        assertThat(links().redeem(LinkPurpose.SIGNUP_VERIFICATION, link.tokenHash(), NOW.plusSeconds(2))).isEmpty();
        assertThat(links().signup(link.tokenHash()).orElseThrow().usableAt(NOW.plusSeconds(3))).isFalse();
        assertThat(links().redeem(LinkPurpose.SIGNUP_VERIFICATION, old.tokenHash(), NOW)).isEmpty();
    }
}
