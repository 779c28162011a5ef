package io.portico.application.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.account.AccountFixtures;
import io.portico.application.backup.port.BackupFile;
import io.portico.application.backup.port.BackupStatus;
import io.portico.application.backup.port.in.BackupRequest;
import io.portico.application.backup.port.in.BackupResult;
import io.portico.application.backup.port.out.BackupStorePort;
import io.portico.application.job.InMemoryJobs;
import io.portico.application.shared.DirectTransactions;
import io.portico.application.shared.MutableClock;
import io.portico.application.staff.InMemoryStaff;
import io.portico.domain.job.ChunkOutcome;
import io.portico.domain.job.Job;
import io.portico.domain.job.JobId;
import io.portico.domain.job.JobReport;
import io.portico.domain.job.JobState;
import io.portico.domain.job.JobType;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import io.portico.domain.staff.StaffStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 14, item 5: backups of the embedded database, kept N at a time, for the owner; failures told to admins. */
class BackupServiceTest {

    private final MutableClock clock = MutableClock.startingAt("2026-12-01T03:00:00Z");
    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryBackups store = new InMemoryBackups(clock);
    private final InMemoryBackupStatus runs = new InMemoryBackupStatus();
    private final InMemoryJobs jobs = new InMemoryJobs();
    private final BackupQueue queue = new BackupQueue(jobs, new DirectTransactions(), clock);
    private final BackupService service = new BackupService(store, staff, runs, queue, clock, 3);

    private StaffMember owner;
    private StaffMember admin;
    private StaffMember employee;

    @BeforeEach
    void team() {
        owner = AccountFixtures.staff(staff, "Olga", "Rossi", StaffRole.OWNER);
        admin = AccountFixtures.staff(staff, "Anna", "Bianchi", StaffRole.ADMIN);
        employee = AccountFixtures.staff(staff, "Paola", "Neri", StaffRole.EMPLOYEE);
    }

    @Test
    void issue14_item5_a_backup_is_named_after_its_moment_in_utc() {
        BackupResult result = service.backUp();

        assertThat(result).isEqualTo(new BackupResult.Written(new BackupFile("portico-20261201-030000.backup", clock.instant(), 30)));
        assertThat(service.backups(owner.id())).extracting(BackupFile::name).containsExactly("portico-20261201-030000.backup");
    }

    @Test
    void issue14_item5_only_the_newest_n_backups_are_kept() {
        for (int day = 0; day < 4; day++) {
            service.backUp();
            clock.advance(Duration.ofDays(1));
        }

        assertThat(service.backups(owner.id())).extracting(BackupFile::name).containsExactly(
                "portico-20261204-030000.backup", "portico-20261203-030000.backup", "portico-20261202-030000.backup");
    }

    @Test
    void issue14_item5_the_owner_downloads_a_listed_backup_and_nothing_else() throws IOException {
        var written = (BackupResult.Written) service.backUp();

        try (InputStream in = service.download(owner.id(), written.backup().name()).orElseThrow()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(written.backup().name());
        }
        assertThat(service.download(owner.id(), "../postgres/pg_hba.conf")).isEmpty();
    }

    @Test
    void issue14_5_back_up_now_queues_one_backup_job_by_the_owner_and_writes_nothing_in_the_request() {
        BackupRequest request = service.backUpNow(owner.id());

        Job job = jobs.all().getFirst();
        assertThat(request).isEqualTo(new BackupRequest.Queued(job.id()));
        assertThat(jobs.all()).hasSize(1);
        assertThat(job.type()).isEqualTo(JobType.BACKUP);
        assertThat(job.state()).isEqualTo(JobState.QUEUED);
        assertThat(job.createdBy()).isEqualTo(owner.id());
        assertThat(job.progress().total()).isEqualTo(1);
        assertThat(job.createdAt()).isEqualTo(clock.instant());
        assertThat(store.list()).as("the job writes it").isEmpty();
        assertThat(runs.latest()).isEmpty();
        assertThat(service.running(owner.id())).contains(job.id());
    }

    @Test
    void issue14_5_back_up_now_is_refused_while_a_backup_job_is_queued_or_running_and_queued_again_once_it_finished() {
        JobId first = service.backUpNow(owner.id()).job();

        assertThat(service.backUpNow(owner.id())).isEqualTo(new BackupRequest.AlreadyRunning(first));
        var running = jobs.leaseNext("node", clock.instant(), clock.instant().plusSeconds(60)).orElseThrow();
        assertThat(service.backUpNow(owner.id())).isEqualTo(new BackupRequest.AlreadyRunning(first));
        assertThat(jobs.all()).hasSize(1);

        jobs.save(running.advanced(new ChunkOutcome(1, new JobReport(1, Map.of()), Optional.empty()), clock.instant(), clock.instant()));
        assertThat(service.running(owner.id())).isEmpty();
        BackupRequest again = service.backUpNow(owner.id());
        assertThat(again).isInstanceOf(BackupRequest.Queued.class);
        assertThat(again.job()).isNotEqualTo(first);
        assertThat(service.running(owner.id())).contains(again.job());
    }

    @Test
    void issue14_5_a_backup_waits_for_the_one_running_the_daily_one_never_runs_alongside_a_job() throws Exception {
        var gate = new GatedStore(store);
        var serial = new BackupService(gate, staff, runs, queue, clock, 3);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(serial::backUp);
            assertThat(gate.entered.await(10, TimeUnit.SECONDS)).isTrue();
            var second = pool.submit(serial::backUp);
            Thread.sleep(200); // time enough for the second to get in, were it let in
            assertThat(gate.inside.get()).as("the second waits").isEqualTo(1);
            gate.open.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).isInstanceOf(BackupResult.Written.class);
            assertThat(second.get(10, TimeUnit.SECONDS)).isInstanceOf(BackupResult.Written.class);
            assertThat(gate.most.get()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Holds every backup until {@link #open}, counting how many are inside at once. */
    private static final class GatedStore implements BackupStorePort {

        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch open = new CountDownLatch(1);
        final AtomicInteger inside = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();
        private final BackupStorePort store;

        GatedStore(BackupStorePort store) {
            this.store = store;
        }

        @Override
        public BackupFile backUp(String name) throws BackupFailedException {
            most.accumulateAndGet(inside.incrementAndGet(), Math::max);
            entered.countDown();
            try {
                open.await(10, TimeUnit.SECONDS);
                return store.backUp(name);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BackupFailedException("interrupted", e);
            } finally {
                inside.decrementAndGet();
            }
        }

        @Override
        public List<BackupFile> list() {
            return store.list();
        }

        @Override
        public Optional<InputStream> open(String name) {
            return store.open(name);
        }

        @Override
        public void delete(String name) {
            store.delete(name);
        }
    }

    @Test
    void issue14_item5_backups_are_for_the_owner_only() {
        service.backUp();
        for (StaffMember other : new StaffMember[] {admin, employee}) {
            assertThatThrownBy(() -> service.backUpNow(other.id())).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> service.running(other.id())).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> service.backups(other.id())).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> service.download(other.id(), "portico-20261201-030000.backup")).isInstanceOf(NotAllowedException.class);
        }
        assertThat(store.list()).hasSize(1);
        assertThat(jobs.all()).as("nothing queued").isEmpty();
    }

    @Test
    void issue14_item5_a_deactivated_owner_lists_no_backups() {
        staff.save(owner.withStatus(StaffStatus.DEACTIVATED));
        assertThatThrownBy(() -> service.backups(owner.id())).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> service.backUpNow(owner.id())).isInstanceOf(NotAllowedException.class);
        assertThat(jobs.all()).isEmpty();
    }

    @Test
    void issue14_item7_each_run_is_recorded_and_a_failed_one_keeps_the_older_backups() {
        service.backUp();
        assertThat(runs.latest()).contains(new BackupStatus(clock.instant(), true));
        clock.advance(Duration.ofMinutes(1));
        store.failNext();

        assertThat(service.backUp()).isEqualTo(new BackupResult.Failed());

        assertThat(store.list()).as("the older backups stay").hasSize(1);
        assertThat(runs.latest()).contains(new BackupStatus(clock.instant(), false));
    }

    @Test
    void issue14_item5_at_least_one_backup_is_kept() {
        assertThatThrownBy(() -> new BackupService(store, staff, runs, queue, clock, 0))
                .isInstanceOf(IllegalArgumentException.class);
        var keepOne = new BackupService(store, staff, runs, queue, clock, 1);
        keepOne.backUp();
        clock.advance(Duration.ofMinutes(1));
        keepOne.backUp();
        assertThat(store.list()).extracting(BackupFile::name).containsExactly("portico-20261201-030100.backup");
    }
}
