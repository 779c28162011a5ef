package io.portico.persistence.backup;

import static io.portico.persistence.jooq.Tables.JOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.portico.application.account.AccountFixtures;
import io.portico.application.backup.BackupJob;
import io.portico.application.backup.BackupQueue;
import io.portico.application.backup.BackupService;
import io.portico.application.backup.port.BackupFile;
import io.portico.application.backup.port.BackupStatus;
import io.portico.application.inbox.InMemoryNotifications;
import io.portico.application.job.JobTimings;
import io.portico.application.job.JobWorker;
import io.portico.application.job.port.out.JobPort;
import io.portico.application.shared.MutableClock;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.job.JobId;
import io.portico.domain.job.JobState;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffRole;
import io.portico.persistence.job.JobAdapters;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import io.portico.persistence.staff.StaffAdapters;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, item 5 on PostgreSQL: the backup job's chunk holds its transaction (and the job's row) while the backup
 * reads the whole database on a connection of its own. Neither waits for the other, and the backup holds only what
 * was committed before it: the job's row (leased), and no run recorded yet (the chunk records it, uncommitted).
 */
@ExtendWith(EmptyDatabase.class)
class BackupJobOnPostgresTest {

    private final TestPostgres postgres = TestPostgres.get();
    private final MutableClock clock = MutableClock.startingAt("2026-12-01T10:00:00Z");
    private final StaffPort staff = StaffAdapters.staff(postgres.dsl());
    private final JobPort jobs = JobAdapters.jobs(postgres.dsl());
    private final JooqBackupStatusAdapter runs = new JooqBackupStatusAdapter(postgres.dsl());
    private final InMemoryNotifications inbox = new InMemoryNotifications();

    @TempDir
    Path directory;

    @Test
    void issue14_5_the_backup_job_runs_in_its_chunk_without_waiting_on_its_own_transaction_and_reads_only_what_is_committed() throws Exception {
        StaffId owner = AccountFixtures.staff(staff, "Olga", "Rossi", StaffRole.OWNER).id();
        var store = new BackupFiles(postgres.dataSource(), directory, clock);
        var service = new BackupService(store, staff, runs, new BackupQueue(jobs, postgres.transactions(), clock), clock, 2);
        var worker = new JobWorker(jobs, List.of(new BackupJob(service, runs)), inbox, postgres.transactions(),
                new JobTimings("node", Duration.ofSeconds(60), Duration.ofSeconds(30)), clock);
        JobId job = service.backUpNow(owner).job();

        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(60), worker::runNext)).isTrue();

        assertThat(jobs.find(job).orElseThrow().state()).isEqualTo(JobState.DONE);
        assertThat(runs.latest()).contains(new BackupStatus(clock.instant(), true));
        BackupFile written = store.list().getFirst();
        assertThat(inbox.latest(owner, 5)).singleElement().satisfies(notice -> assertThat(notice.arguments()).containsExactly(written.name()));
        try (var zip = new ZipFile(directory.resolve(written.name()).toFile())) {
            var manifest = BackupManifest.read(zip.getInputStream(zip.getEntry(BackupManifest.ENTRY)));
            assertThat(manifest.tables()).filteredOn(table -> table.name().equals(JOB.getName())).singleElement()
                    .extracting(BackupManifest.Table::rows).isEqualTo(1L);
            assertThat(manifest.tables()).filteredOn(table -> table.name().equals("backup_run")).singleElement()
                    .extracting(BackupManifest.Table::rows).as("recorded after the backup, in the chunk's transaction").isEqualTo(0L);
        }
    }
}
