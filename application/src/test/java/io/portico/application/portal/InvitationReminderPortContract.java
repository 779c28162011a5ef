package io.portico.application.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.account.AccountFixtures;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.link.port.out.MailedLinkPort;
import io.portico.application.portal.port.out.DueReminder;
import io.portico.application.portal.port.out.InvitationReminderPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.account.Account;
import io.portico.domain.contact.Contact;
import io.portico.domain.link.LinkPurpose;
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
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every invitation reminder port does (issue 11, item 5); each test starts with nothing stored. */
public abstract class InvitationReminderPortContract {

    protected abstract StaffPort staff();

    protected abstract ContactPort contacts();

    protected abstract AccountPort accounts();

    protected abstract PortalUserPort users();

    protected abstract MailedLinkPort links();

    protected abstract InvitationReminderPort reminders();

    protected abstract io.portico.application.account.port.out.AccountArchivePort archive();

    protected abstract <T> T inTransaction(Supplier<T> work);

    private static final Instant SENT = AccountFixtures.NOW;
    private static final Duration TWO_DAYS = Duration.ofDays(2);
    private static final EmailAddress MARIO = new EmailAddress("mario@rossi.it");
    private static final EmailAddress GIULIA = new EmailAddress("giulia@rossi.it");

    private StaffMember anna;
    private Account rossi;

    @BeforeEach
    void invitedAddresses() {
        anna = AccountFixtures.staff(staff(), "Anna", "Bianchi", StaffRole.OWNER);
        Contact mario = AccountFixtures.contact(contacts(), anna.id(), "Mario", "Rossi", MARIO.value());
        Contact giulia = AccountFixtures.contact(contacts(), anna.id(), "Giulia", "Rossi", GIULIA.value());
        rossi = AccountFixtures.individual("Rossi family", Set.of(anna.id()), AccountFixtures.loginFor(mario, MARIO.value()),
                AccountFixtures.plain(giulia));
        accounts().add(rossi, anna.id(), SENT);
    }

    private Invitation invite(EmailAddress email, Instant at) {
        Invitation invitation = Invitation.send(SecretToken.generate().hash(), rossi.id(), email, "", anna.id(), at, InvitationValidity.DEFAULT);
        links().issue(invitation);
        return invitation;
    }

    private List<DueReminder> claim(Instant now) {
        return inTransaction(() -> reminders().claimDue(now, TWO_DAYS, 10));
    }

    @Test
    void issue11_an_invitation_is_due_its_reminder_once_within_the_days_before_it_expires() {
        Invitation invitation = invite(MARIO, SENT);
        Instant expiry = invitation.expiresAt();

        assertThat(claim(expiry.minus(TWO_DAYS).minusSeconds(1))).as("too early").isEmpty();
        assertThat(claim(expiry.minus(TWO_DAYS))).containsExactly(new DueReminder(rossi.id(), MARIO, expiry));
        assertThat(claim(expiry.minus(TWO_DAYS).plusSeconds(60))).as("once").isEmpty();
    }

    @Test
    void issue14_1_no_reminder_for_an_archived_account() {
        Invitation invitation = invite(MARIO, SENT);
        archive().archive(rossi.id(), SENT);

        assertThat(claim(invitation.expiresAt().minus(TWO_DAYS))).isEmpty();
    }

    @Test
    void issue11_no_reminder_once_the_link_expired_or_was_used_or_voided() {
        Invitation invitation = invite(MARIO, SENT);
        assertThat(claim(invitation.expiresAt())).as("expired").isEmpty();

        Invitation used = invite(MARIO, SENT.plusSeconds(10));
        links().redeem(LinkPurpose.PORTAL_INVITATION, used.tokenHash(), SENT.plusSeconds(20));
        assertThat(claim(used.expiresAt().minus(TWO_DAYS))).as("used").isEmpty();

        Invitation voided = invite(MARIO, SENT.plusSeconds(30));
        links().voidOpenInvitations(MARIO, rossi.id(), SENT.plusSeconds(40));
        assertThat(claim(voided.expiresAt().minus(TWO_DAYS))).as("voided").isEmpty();
    }

    @Test
    void issue11_no_reminder_for_an_address_that_activated_or_whose_login_is_off() {
        Invitation giulias = invite(GIULIA, SENT); // GIULIA has no LOGIN on this account
        assertThat(claim(giulias.expiresAt().minus(TWO_DAYS))).isEmpty();

        Invitation marios = invite(MARIO, SENT);
        users().add(PortalUser.activate(MARIO, "hash", SENT.plusSeconds(60)));
        assertThat(claim(marios.expiresAt().minus(TWO_DAYS))).isEmpty();
    }

    @Test
    void issue11_an_address_marked_reminded_gets_no_reminder_for_its_open_links() {
        Invitation invitation = invite(MARIO, SENT);
        inTransaction(() -> {
            reminders().markReminded(MARIO, SENT.plusSeconds(1));
            return null;
        });
        assertThat(claim(invitation.expiresAt().minus(TWO_DAYS))).isEmpty();
    }

    @Test
    void issue11_claims_take_the_soonest_expiry_first_up_to_the_limit() {
        Invitation later = invite(MARIO, SENT.plusSeconds(3600));
        Contact luca = AccountFixtures.contact(contacts(), anna.id(), "Luca", "Rossi", "luca@rossi.it");
        Account other = AccountFixtures.individual("Luca", Set.of(anna.id()), AccountFixtures.loginFor(luca, "luca@rossi.it"));
        accounts().add(other, anna.id(), SENT);
        Invitation sooner = Invitation.send(SecretToken.generate().hash(), other.id(), new EmailAddress("luca@rossi.it"), "", anna.id(), SENT,
                InvitationValidity.DEFAULT);
        links().issue(sooner);

        List<DueReminder> first = inTransaction(() -> reminders().claimDue(later.expiresAt().minus(TWO_DAYS), TWO_DAYS, 1));

        assertThat(first).extracting(DueReminder::email).containsExactly(new EmailAddress("luca@rossi.it"));
        assertThat(claim(later.expiresAt().minus(TWO_DAYS))).extracting(DueReminder::email).containsExactly(MARIO);
    }
}
