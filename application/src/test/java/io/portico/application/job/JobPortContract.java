package io.portico.application.job;

import static io.portico.application.account.AccountFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.account.AccountFixtures;
import io.portico.application.job.port.out.JobPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.job.ChunkOutcome;
import io.portico.domain.job.Job;
import io.portico.domain.job.JobParameters;
import io.portico.domain.job.JobProblem;
import io.portico.domain.job.JobReport;
import io.portico.domain.job.JobState;
import io.portico.domain.job.JobType;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffRole;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link JobPort} does (issue 11 item 10, issue 12 item 1); each test starts with nothing stored. */
public abstract class JobPortContract {

    protected abstract StaffPort staff();

    protected abstract JobPort jobs();

    protected abstract Transactions transactions();

    private StaffId anna;

    @BeforeEach
    void staffExists() {
        anna = AccountFixtures.staff(staff(), "Anna", "Bianchi", StaffRole.OWNER).id();
    }

    private Job queued(int secondsLater) {
        var job = Job.queued(JobType.BULK_EMAIL, new JobParameters(Map.of("subject", "Tax day", "accounts", "a,b")), 2, anna,
                NOW.plusSeconds(secondsLater));
        jobs().add(job);
        return job;
    }

    private Optional<Job> lease(String node, Instant now) {
        return transactions().inTransaction(() -> jobs().leaseNext(node, now, now.plusSeconds(60)));
    }

    @Test
    void issue11_a_stored_job_reads_back_as_it_was() {
        var job = queued(0);
        assertThat(jobs().find(job.id())).contains(job);
    }

    @Test
    void issue11_the_oldest_runnable_job_is_leased_and_marked_running() {
        var older = queued(0);
        queued(5);
        var leased = lease("node-a", NOW.plusSeconds(10)).orElseThrow();
        assertThat(leased.id()).isEqualTo(older.id());
        assertThat(leased.state()).isEqualTo(JobState.RUNNING);
        assertThat(jobs().find(older.id())).contains(leased);
    }

    @Test
    void issue11_a_job_runs_on_one_node_at_a_time() {
        var job = queued(0);
        assertThat(lease("node-a", NOW)).map(Job::id).contains(job.id());
        assertThat(lease("node-b", NOW.plusSeconds(59))).isEmpty();
        assertThat(transactions().inTransaction(() -> jobs().lockHeld(job.id(), "node-b", NOW.plusSeconds(59)))).isEmpty();
        assertThat(transactions().inTransaction(() -> jobs().lockHeld(job.id(), "node-a", NOW.plusSeconds(59)))).isPresent();
    }

    @Test
    void issue11_an_expired_lease_is_taken_over_and_the_old_owner_holds_nothing() {
        var job = queued(0);
        lease("node-a", NOW);
        var takenOver = lease("node-b", NOW.plusSeconds(60)).orElseThrow();
        assertThat(takenOver.id()).isEqualTo(job.id());
        assertThat(takenOver.lease().orElseThrow().owner()).isEqualTo("node-b");
        assertThat(transactions().inTransaction(() -> jobs().lockHeld(job.id(), "node-a", NOW.plusSeconds(61)))).isEmpty();
    }

    @Test
    void issue11_a_saved_chunk_keeps_cursor_progress_report_and_the_finished_job_is_never_leased_again() {
        var job = queued(0);
        var leased = lease("node-a", NOW).orElseThrow();
        var advanced = leased.advanced(new ChunkOutcome(1, new JobReport(0, Map.of("bulk-email.skipped.not-visible", 1)),
                Optional.of("1")), NOW.plusSeconds(1), NOW.plusSeconds(61));
        transactions().inTransaction(() -> jobs().save(advanced));
        assertThat(jobs().find(job.id())).contains(advanced);

        var done = advanced.advanced(new ChunkOutcome(1, new JobReport(1, Map.of()), Optional.empty()), NOW.plusSeconds(2),
                NOW.plusSeconds(62));
        transactions().inTransaction(() -> jobs().save(done));
        assertThat(jobs().find(job.id())).contains(done);
        assertThat(lease("node-b", NOW.plusSeconds(1000))).isEmpty();
    }

    @Test
    void issue11_a_failed_chunk_waits_for_its_retry_time() {
        queued(0);
        var failed = lease("node-a", NOW).orElseThrow().chunkFailed(NOW, NOW.plusSeconds(30));
        transactions().inTransaction(() -> jobs().save(failed));
        assertThat(jobs().find(failed.id())).contains(failed);
        assertThat(lease("node-b", NOW.plusSeconds(29))).isEmpty();
        assertThat(lease("node-b", NOW.plusSeconds(30))).map(Job::failures).contains(1);
    }

    @Test
    void issue12_problems_are_kept_in_order_with_their_field_arguments_and_values_and_read_a_page_at_a_time() {
        var job = queued(0);
        var first = new JobProblem("2", Optional.of("email"), "import.invalid-email", List.of("anna@"), List.of("Anna", "anna@"));
        var second = JobProblem.of("5", "import.duplicate-row", "3");
        var third = JobProblem.of("9", "import.missing-name");
        transactions().inTransaction(() -> jobs().addProblems(job.id(), List.of(first, second)));
        transactions().inTransaction(() -> jobs().addProblems(job.id(), List.of(third)));

        assertThat(jobs().problems(job.id(), 0, 10)).containsExactly(first, second, third);
        assertThat(jobs().problems(job.id(), 1, 1)).containsExactly(second);
        assertThat(jobs().problems(job.id(), 3, 10)).isEmpty();
        assertThat(jobs().problems(queued(1).id(), 0, 10)).isEmpty();
    }

    private Job backup(int secondsLater) {
        return Job.queued(JobType.BACKUP, new JobParameters(Map.of()), 1, anna, NOW.plusSeconds(secondsLater));
    }

    @Test
    void issue14_5_a_job_added_alone_is_refused_while_one_of_its_type_is_queued_or_running() {
        queued(10); // newer than the backup, which is leased below
        var first = backup(0);
        assertThat(transactions().inTransaction(() -> jobs().addAlone(first))).as("a job of another type is no obstacle").isEmpty();
        assertThat(jobs().find(first.id())).contains(first);

        var second = backup(1);
        assertThat(transactions().inTransaction(() -> jobs().addAlone(second))).contains(first.id());
        var running = lease("node-a", NOW.plusSeconds(2)).orElseThrow();
        assertThat(transactions().inTransaction(() -> jobs().addAlone(second))).contains(first.id());
        assertThat(jobs().find(second.id())).isEmpty();

        transactions().inTransaction(() -> jobs().save(running.advanced(new ChunkOutcome(1, new JobReport(1, Map.of()), Optional.empty()),
                NOW.plusSeconds(3), NOW.plusSeconds(63))));
        assertThat(transactions().inTransaction(() -> jobs().addAlone(second))).as("the first one is done").isEmpty();
        assertThat(jobs().find(second.id())).contains(second);
    }

    @Test
    void issue14_5_only_unfinished_jobs_of_the_type_are_found_the_oldest_first() {
        queued(0);
        assertThat(jobs().unfinished(JobType.BACKUP)).as("another type").isEmpty();
        var older = backup(1);
        var newer = backup(2);
        jobs().add(newer);
        jobs().add(older);
        assertThat(jobs().unfinished(JobType.BACKUP)).contains(older.id());

        var bulk = lease("node-a", NOW.plusSeconds(5)).orElseThrow(); // the oldest job
        assertThat(bulk.type()).isEqualTo(JobType.BULK_EMAIL);
        var leasedBackup = lease("node-a", NOW.plusSeconds(5)).orElseThrow();
        assertThat(jobs().unfinished(JobType.BACKUP)).as("a running one counts").contains(older.id());
        transactions().inTransaction(() -> jobs().save(leasedBackup.advanced(new ChunkOutcome(1, new JobReport(1, Map.of()), Optional.empty()),
                NOW.plusSeconds(6), NOW.plusSeconds(66))));
        assertThat(jobs().unfinished(JobType.BACKUP)).as("a finished one does not").contains(newer.id());
    }
}
