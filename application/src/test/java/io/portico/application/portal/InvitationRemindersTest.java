package io.portico.application.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.account.AccountFixtures;
import io.portico.application.account.InMemoryAccounts;
import io.portico.application.contact.InMemoryContacts;
import io.portico.application.mail.FakeMailRenderer;
import io.portico.application.mail.InMemoryMailOutbox;
import io.portico.application.mail.MailQueue;
import io.portico.application.mail.port.out.OutgoingMail;
import io.portico.application.shared.DirectTransactions;
import io.portico.application.shared.FixedLinks;
import io.portico.application.shared.MutableClock;
import io.portico.application.staff.InMemoryStaff;
import io.portico.domain.account.Account;
import io.portico.domain.contact.Contact;
import io.portico.domain.link.LinkPurpose;
import io.portico.domain.portal.InvitationValidity;
import io.portico.domain.portal.PortalSettings;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.Language;
import io.portico.domain.shared.SecretToken;
import io.portico.domain.shared.TokenHash;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 11, item 5: one reminder N days before an invitation link expires. */
class InvitationRemindersTest {

    private static final EmailAddress MARIO = new EmailAddress("mario@rossi.it");

    private final MutableClock clock = MutableClock.startingAt("2026-03-01T09:00:00Z");
    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryContacts contacts = new InMemoryContacts();
    private final PortalFakes portal = new PortalFakes();
    private final InMemoryAccounts accounts = new InMemoryAccounts(contacts, staff, new io.portico.application.tag.InMemoryTags(), portal.users);
    private final InMemoryMailOutbox outbox = new InMemoryMailOutbox();
    private final MailQueue mail = new MailQueue(new FakeMailRenderer(), outbox, clock);
    private final Invitations invitations = portal.invitations(accounts, mail);
    private final InvitationRemindersService reminders = new InvitationRemindersService(portal.settings,
            new InMemoryInvitationReminders(portal.links, portal.users, accounts), accounts,
            new InvitationReminderMails(invitations, portal.mails(mail, contacts)),
            new DirectTransactions(), clock);

    private StaffMember anna;
    private Account rossi;
    private TokenHash firstLink;

    @BeforeEach
    void invited() {
        anna = AccountFixtures.staff(staff, "Anna", "Bianchi", StaffRole.OWNER);
        Contact mario = AccountFixtures.contact(contacts, anna.id(), "Mario", "Rossi", MARIO.value());
        contacts.update(mario.withLanguage(Optional.of(Language.RO)), anna.id(), clock.instant());
        rossi = AccountFixtures.individual("Rossi family", Set.of(anna.id()), AccountFixtures.loginFor(mario, MARIO.value()));
        accounts.add(rossi, anna.id(), clock.instant());
        invitations.send(rossi, MARIO, "", anna.id(), clock.instant());
        firstLink = portal.links.latestInvitation(MARIO).orElseThrow().tokenHash();
    }

    private java.util.List<OutgoingMail> remindersQueued() {
        return outbox.queued().stream().filter(m -> m.subject().equals("invitation-reminder")).toList();
    }

    private void remindDaysBefore(int days) {
        portal.settings.save(new PortalSettings(InvitationValidity.DEFAULT, true, Set.of(), Optional.of(days)));
    }

    @Test
    void issue11_reminders_are_off_by_default() {
        clock.advance(Duration.ofDays(6));
        assertThat(reminders.sendDue()).isZero();
        assertThat(remindersQueued()).isEmpty();
    }

    @Test
    void issue11_one_reminder_goes_n_days_before_expiry_in_the_contacts_language_with_a_new_working_link() {
        remindDaysBefore(2);
        clock.advance(Duration.ofDays(5).minusSeconds(1));
        assertThat(reminders.sendDue()).as("not yet").isZero();

        clock.advance(Duration.ofSeconds(1));
        assertThat(reminders.sendDue()).isEqualTo(1);
        clock.advance(Duration.ofHours(1));
        assertThat(reminders.sendDue()).as("once").isZero();

        assertThat(remindersQueued()).hasSize(1);
        OutgoingMail reminder = remindersQueued().getFirst();
        assertThat(reminder.to()).isEqualTo(MARIO);
        assertThat(reminder.textBody()).contains("invitation-reminder [ro]", "accountName=Rossi family", "expiresInDays=2", "validDays=7",
                "link=" + FixedLinks.BASE + "/portal/activate?token=");
        String token = reminder.textBody().replaceAll("(?s).*token=([A-Za-z0-9_-]+).*", "$1");
        Instant now = clock.instant();
        assertThat(portal.links.invitation(new SecretToken(token).hash()).orElseThrow().usableAt(now)).as("the new link works").isTrue();
        assertThat(portal.links.invitation(firstLink).orElseThrow().usableAt(now)).as("the first link still works").isTrue();
    }

    @Test
    void issue11_the_link_a_reminder_carries_gets_no_reminder_of_its_own() {
        remindDaysBefore(7);
        assertThat(reminders.sendDue()).isEqualTo(1);

        clock.advance(Duration.ofDays(6));
        assertThat(reminders.sendDue()).isZero();
    }

    @Test
    void issue11_no_reminder_for_an_address_whose_link_was_used() {
        remindDaysBefore(2);
        portal.links.redeem(LinkPurpose.PORTAL_INVITATION, firstLink, clock.instant());
        clock.advance(Duration.ofDays(5));

        assertThat(reminders.sendDue()).isZero();
        assertThat(remindersQueued()).isEmpty();
    }

    @Test
    void issue11_reminders_go_in_batches_until_none_is_due() {
        remindDaysBefore(2);
        for (int i = 0; i < InvitationRemindersService.BATCH + 1; i++) {
            Contact contact = AccountFixtures.contact(contacts, anna.id(), "C" + i, "Neri", "c" + i + "@neri.it");
            Account account = AccountFixtures.individual("Neri " + i, Set.of(anna.id()), AccountFixtures.loginFor(contact, "c" + i + "@neri.it"));
            accounts.add(account, anna.id(), clock.instant());
            invitations.send(account, new EmailAddress("c" + i + "@neri.it"), "", anna.id(), clock.instant());
        }
        clock.advance(Duration.ofDays(5));

        assertThat(reminders.sendDue()).isEqualTo(InvitationRemindersService.BATCH + 2);
    }

    @Test
    void issue11_days_left_are_whole_days_rounded_up_and_at_least_one() {
        Instant now = Instant.parse("2026-03-01T09:00:00Z");
        assertThat(InvitationRemindersService.daysLeft(now, now.plus(Duration.ofHours(47)))).isEqualTo(2);
        assertThat(InvitationRemindersService.daysLeft(now, now.plus(Duration.ofHours(48)))).isEqualTo(2);
        assertThat(InvitationRemindersService.daysLeft(now, now.plus(Duration.ofHours(49)))).isEqualTo(3);
        assertThat(InvitationRemindersService.daysLeft(now, now.plus(Duration.ofMinutes(30)))).isEqualTo(1);
    }
}
