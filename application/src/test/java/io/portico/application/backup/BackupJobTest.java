package io.portico.application.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.portico.application.account.AccountFixtures;
import io.portico.application.backup.port.BackupFile;
import io.portico.application.backup.port.BackupStatus;
import io.portico.application.inbox.InMemoryNotifications;
import io.portico.application.job.InMemoryJobs;
import io.portico.application.job.JobNotice;
import io.portico.application.job.JobTimings;
import io.portico.application.job.JobWorker;
import io.portico.application.shared.DirectTransactions;
import io.portico.application.shared.MutableClock;
import io.portico.application.staff.InMemoryStaff;
import io.portico.domain.inbox.InboxNotification;
import io.portico.domain.job.Job;
import io.portico.domain.job.JobId;
import io.portico.domain.job.JobParameters;
import io.portico.domain.job.JobProgress;
import io.portico.domain.job.JobReport;
import io.portico.domain.job.JobState;
import io.portico.domain.job.JobType;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 14, item 5: <i>Back up now</i> runs as a background job, whose one chunk writes, prunes and records the backup. */
class BackupJobTest {

    private final MutableClock clock = MutableClock.startingAt("2026-12-01T10:00:00Z");
    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryBackups store = new InMemoryBackups(clock);
    private final InMemoryBackupStatus runs = new InMemoryBackupStatus();
    private final InMemoryJobs jobs = new InMemoryJobs();
    private final InMemoryNotifications inbox = new InMemoryNotifications();
    private final BackupService service = new BackupService(store, staff, runs, new BackupQueue(jobs, new DirectTransactions(), clock), clock, 2);
    private final BackupJob kind = new BackupJob(service, runs);
    private final JobWorker worker = new JobWorker(jobs, List.of(kind), inbox, new DirectTransactions(),
            new JobTimings("node", Duration.ofSeconds(60), Duration.ofSeconds(30)), clock);

    private StaffMember owner;

    @BeforeEach
    void firm() {
        owner = AccountFixtures.staff(staff, "Olga", "Rossi", StaffRole.OWNER);
    }

    @Test
    void issue14_5_the_queued_job_writes_the_backup_keeps_the_newest_records_the_run_and_tells_the_owner() {
        service.backUp();
        clock.advance(Duration.ofHours(1));
        service.backUp();
        clock.advance(Duration.ofHours(1));
        JobId job = service.backUpNow(owner.id()).job();

        assertThat(worker.runNext()).isTrue();

        assertThat(store.list()).extracting(BackupFile::name)
                .containsExactly("portico-20261201-120000.backup", "portico-20261201-110000.backup");
        assertThat(runs.latest()).contains(new BackupStatus(clock.instant(), true));
        Job done = jobs.find(job).orElseThrow();
        assertThat(done.state()).isEqualTo(JobState.DONE);
        assertThat(done.report()).isEqualTo(new JobReport(1, Map.of()));
        assertThat(done.progress().done()).isEqualTo(1);
        assertThat(inbox.latest(owner.id(), 10)).singleElement().satisfies(notice -> {
            assertThat(notice.messageKey()).isEqualTo("inbox.backup.done");
            assertThat(notice.arguments()).containsExactly("portico-20261201-120000.backup");
            assertThat(notice.link()).isEqualTo("settings/backups");
        });
        assertThat(service.running(owner.id())).isEmpty();
        assertThat(worker.runNext()).as("run once").isFalse();
    }

    @Test
    void issue14_5_a_backup_that_could_not_be_written_is_recorded_as_failed_and_reported_and_the_older_ones_stay() {
        service.backUp();
        clock.advance(Duration.ofMinutes(5));
        JobId job = service.backUpNow(owner.id()).job();
        store.failNext();

        worker.runNext();

        assertThat(store.list()).hasSize(1);
        assertThat(runs.latest()).contains(new BackupStatus(clock.instant(), false));
        Job done = jobs.find(job).orElseThrow();
        assertThat(done.state()).as("not retried: the run is recorded").isEqualTo(JobState.DONE);
        assertThat(done.report()).isEqualTo(new JobReport(0, Map.of("backup.failed", 1)));
        assertThat(inbox.latest(owner.id(), 10)).extracting(InboxNotification::messageKey, InboxNotification::arguments, InboxNotification::link)
                .containsExactly(tuple("inbox.backup.failed", List.of(), "settings/backups"));
    }

    @Test
    void issue14_5_a_job_failed_by_its_retries_is_reported_as_failed() {
        var failed = new Job(JobId.random(), JobType.BACKUP, new JobParameters(Map.of()), JobState.FAILED, progress(0), Optional.empty(),
                Optional.empty(), JobReport.EMPTY, Job.MAX_FAILURES, owner.id(), clock.instant(), Optional.of(clock.instant()));

        assertThat(kind.report(failed)).isEqualTo(new JobNotice("inbox.backup.failed", List.of(), "settings/backups"));
    }

    @Test
    void issue14_5_a_done_job_with_no_recorded_run_is_an_error_not_a_wrong_notice() {
        var done = new Job(JobId.random(), JobType.BACKUP, new JobParameters(Map.of()), JobState.DONE, progress(1), Optional.empty(),
                Optional.empty(), new JobReport(1, Map.of()), 0, owner.id(), clock.instant(), Optional.of(clock.instant()));

        assertThatThrownBy(() -> kind.report(done)).isInstanceOf(IllegalStateException.class);
        assertThat(kind.type()).isEqualTo(JobType.BACKUP);
    }

    private static JobProgress progress(int done) {
        return new JobProgress(done, 1);
    }
}
