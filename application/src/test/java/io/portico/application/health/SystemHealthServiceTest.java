package io.portico.application.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.account.AccountFixtures;
import io.portico.application.backup.InMemoryBackupStatus;
import io.portico.application.backup.port.BackupStatus;
import io.portico.application.health.port.SystemHealth;
import io.portico.application.job.InMemoryJobs;
import io.portico.application.job.port.JobFigures;
import io.portico.application.mail.InMemoryMailOutbox;
import io.portico.application.mail.port.MailHealth;
import io.portico.application.mail.port.out.OutgoingMail;
import io.portico.application.mailbox.InMemoryMailboxes;
import io.portico.application.mailbox.MailboxPortContract;
import io.portico.application.shared.MutableClock;
import io.portico.application.staff.Administrators;
import io.portico.application.staff.InMemoryStaff;
import io.portico.domain.job.Job;
import io.portico.domain.job.JobParameters;
import io.portico.domain.job.JobType;
import io.portico.domain.mailbox.Mailbox;
import io.portico.domain.mailbox.SyncError;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffRole;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 14 item 7: the installation's health on Home is for owners and admins, each figure from its feature. */
class SystemHealthServiceTest {

    private final Instant start = Instant.parse("2026-11-30T09:00:00Z");
    private final MutableClock clock = new MutableClock(start);
    private final InMemoryMailOutbox outbox = new InMemoryMailOutbox();
    private final InMemoryJobs jobs = new InMemoryJobs();
    private final InMemoryMailboxes mailboxes = new InMemoryMailboxes();
    private final InMemoryBackupStatus backups = new InMemoryBackupStatus();
    private final InMemoryStaff staff = new InMemoryStaff();
    private final StaffId admin = AccountFixtures.staff(staff, "Aldo", "Admin", StaffRole.ADMIN).id();
    private final SystemHealthService service = new SystemHealthService(outbox, jobs, mailboxes, backups, new Administrators(staff), clock);

    @Test
    void issue14_7_an_admin_reads_the_outbox_jobs_failing_mailboxes_and_the_last_backup() {
        outbox.enqueue(new OutgoingMail(new EmailAddress("client@example.com"), "Hello", "<p>Hi</p>", "Hi"), start);
        Mailbox office = MailboxPortContract.mailbox("Office", "office@studio.example");
        Mailbox info = MailboxPortContract.mailbox("Info", "info@studio.example");
        mailboxes.add(office, start);
        mailboxes.add(info, start);
        mailboxes.failed(office.id(), start, SyncError.TIMEOUT);
        mailboxes.synced(info.id(), start, 0, 0);
        jobs.add(Job.queued(JobType.IMPORT, new JobParameters(Map.of()), 1, admin, start));
        backups.record(new BackupStatus(start, true));
        clock.advance(Duration.ofMinutes(7));

        assertThat(service.health(admin)).isEqualTo(new SystemHealth(new MailHealth(1, 0, Optional.of(start)), Duration.ofMinutes(7),
                new JobFigures(1, 0, 0), 1, Optional.of(new BackupStatus(start, true))));
    }

    @Test
    void issue14_7_jobs_failed_within_a_day_count_as_failed() {
        failedJobAt(start.minus(SystemHealthService.FAILED_LATELY));
        failedJobAt(start.minus(SystemHealthService.FAILED_LATELY).minusSeconds(1));

        assertThat(service.health(admin).jobs().failed()).isEqualTo(1);
    }

    private void failedJobAt(Instant at) {
        Job job = Job.queued(JobType.IMPORT, new JobParameters(Map.of()), 1, admin, at).leasedBy("node", at, at.plusSeconds(60));
        for (int i = 0; i < Job.MAX_FAILURES; i++) {
            job = job.chunkFailed(at, at);
        }
        jobs.add(job);
    }

    @Test
    void issue14_7_nothing_waiting_waits_zero_and_no_backup_reads_as_none() {
        SystemHealth health = service.health(admin);

        assertThat(health.oldestMailWait()).isZero();
        assertThat(health.lastBackup()).isEmpty();
        assertThat(health.failingMailboxes()).isZero();
    }

    @Test
    void issue14_7_anyone_else_is_refused() {
        assertThatThrownBy(() -> service.health(StaffId.random())).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void issue14_7_figures_are_never_negative_nor_missing() {
        var mail = new MailHealth(0, 0, Optional.empty());
        var jobFigures = new JobFigures(0, 0, 0);
        assertThatThrownBy(() -> new SystemHealth(mail, Duration.ZERO, jobFigures, -1, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new SystemHealth(mail, Duration.ZERO, jobFigures, 0, Optional.empty()).failingMailboxes()).isZero();
        assertThatThrownBy(() -> new JobFigures(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JobFigures(0, -1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JobFigures(0, 0, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BackupStatus(null, true)).isInstanceOf(NullPointerException.class);
    }
}
