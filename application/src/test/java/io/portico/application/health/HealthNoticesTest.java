package io.portico.application.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.account.AccountFixtures;
import io.portico.application.backup.InMemoryBackupStatus;
import io.portico.application.backup.port.BackupStatus;
import io.portico.application.inbox.InMemoryNotifications;
import io.portico.application.mail.InMemoryMailOutbox;
import io.portico.application.mail.port.out.OutgoingMail;
import io.portico.application.shared.DirectTransactions;
import io.portico.application.shared.MutableClock;
import io.portico.application.staff.Administrators;
import io.portico.application.staff.InMemoryStaff;
import io.portico.domain.inbox.InboxNotification;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import io.portico.domain.staff.StaffStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 14 item 7: owners and admins hear in Inbox+ of a stalled outbox or a failed backup, once per spell. */
class HealthNoticesTest {

    private final Instant start = Instant.parse("2026-11-30T09:00:00Z");
    private final MutableClock clock = new MutableClock(start);
    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryMailOutbox outbox = new InMemoryMailOutbox();
    private final InMemoryBackupStatus backups = new InMemoryBackupStatus();
    private final InMemoryNotifications inbox = new InMemoryNotifications();
    private final HealthNotices notices = new HealthNotices(outbox, backups, new InMemoryHealthNotices(), new AdminInbox(new Administrators(staff), inbox),
            new DirectTransactions(), clock);

    private StaffMember owner;
    private StaffMember admin;
    private StaffMember employee;
    private StaffMember formerAdmin;

    @BeforeEach
    void firm() {
        owner = AccountFixtures.staff(staff, "Olga", "Neri", StaffRole.OWNER);
        admin = AccountFixtures.staff(staff, "Anna", "Bianchi", StaffRole.ADMIN);
        employee = AccountFixtures.staff(staff, "Marco", "Verdi", StaffRole.EMPLOYEE);
        formerAdmin = AccountFixtures.staff(staff, "Ugo", "Rossi", StaffRole.ADMIN);
        staff.save(formerAdmin.withStatus(StaffStatus.DEACTIVATED));
    }

    private UUID queued() {
        return outbox.enqueue(new OutgoingMail(new EmailAddress("client@example.com"), "Hello", "<p>Hi</p>", "Hi"), clock.instant());
    }

    private List<String> noticesOf(StaffMember member) {
        return inbox.latest(member.id(), 10).stream().map(InboxNotification::messageKey).toList();
    }

    @Test
    void issue14_7_no_notice_while_the_oldest_mail_waits_15_minutes_or_less() {
        queued();
        clock.advance(Duration.ofMinutes(15));

        assertThat(notices.noticeProblems()).isZero();
        assertThat(noticesOf(owner)).isEmpty();
    }

    @Test
    void issue14_7_owners_and_active_admins_are_told_once_when_the_oldest_mail_waits_longer() {
        queued();
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));

        assertThat(notices.noticeProblems()).isEqualTo(1);
        clock.advance(Duration.ofMinutes(10));
        assertThat(notices.noticeProblems()).as("the same stall").isZero();

        assertThat(noticesOf(owner)).containsExactly("inbox.health.OUTBOX_STALLED");
        assertThat(noticesOf(admin)).containsExactly("inbox.health.OUTBOX_STALLED");
        assertThat(inbox.latest(admin.id(), 1).getFirst().link()).isEmpty();
        assertThat(noticesOf(employee)).isEmpty();
        assertThat(noticesOf(formerAdmin)).isEmpty();
    }

    @Test
    void issue14_7_a_new_stall_after_the_outbox_drained_is_told_again() {
        UUID stuck = queued();
        clock.advance(Duration.ofMinutes(16));
        notices.noticeProblems();
        outbox.markSent(stuck, clock.instant());
        assertThat(notices.noticeProblems()).as("drained").isZero();

        queued();
        clock.advance(Duration.ofMinutes(16));

        assertThat(notices.noticeProblems()).isEqualTo(1);
        assertThat(noticesOf(owner)).containsExactly("inbox.health.OUTBOX_STALLED", "inbox.health.OUTBOX_STALLED");
    }

    @Test
    void issue14_7_a_failed_backup_is_told_once_until_a_backup_succeeds() {
        backups.record(new BackupStatus(start, true));
        assertThat(notices.noticeProblems()).isZero();

        backups.record(new BackupStatus(start.plusSeconds(60), false));
        assertThat(notices.noticeProblems()).isEqualTo(1);
        backups.record(new BackupStatus(start.plusSeconds(120), false));
        assertThat(notices.noticeProblems()).as("the same failing spell").isZero();
        backups.record(new BackupStatus(start.plusSeconds(180), true));
        notices.noticeProblems();
        backups.record(new BackupStatus(start.plusSeconds(240), false));
        assertThat(notices.noticeProblems()).isEqualTo(1);

        assertThat(noticesOf(admin)).containsExactly("inbox.health.BACKUP_FAILED", "inbox.health.BACKUP_FAILED");
        assertThat(noticesOf(employee)).isEmpty();
    }

    @Test
    void issue14_7_both_problems_at_once_are_both_told() {
        queued();
        backups.record(new BackupStatus(start, false));
        clock.advance(Duration.ofMinutes(20));

        assertThat(notices.noticeProblems()).isEqualTo(2);
        assertThat(noticesOf(owner)).containsExactlyInAnyOrder("inbox.health.OUTBOX_STALLED", "inbox.health.BACKUP_FAILED");
    }
}
