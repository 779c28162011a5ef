package io.portico.application.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.inbox.InMemoryNotifications;
import io.portico.application.job.port.in.JobStatus;
import io.portico.application.shared.DirectTransactions;
import io.portico.application.shared.MutableClock;
import io.portico.domain.inbox.InboxNotification;
import io.portico.domain.job.Job;
import io.portico.domain.job.JobId;
import io.portico.domain.job.JobParameters;
import io.portico.domain.job.JobProblem;
import io.portico.domain.job.JobProgress;
import io.portico.domain.job.JobReport;
import io.portico.domain.job.JobState;
import io.portico.domain.job.JobType;
import io.portico.domain.staff.StaffId;
import io.portico.application.job.port.out.JobPort;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Issue 11 item 10 (the engine issue 12 builds on): chunks, leases, crashes and the report, on fakes. */
class JobWorkerTest {

    private static final Duration LEASE = Duration.ofSeconds(60);
    private static final Duration RETRY = Duration.ofSeconds(30);

    private final MutableClock clock = MutableClock.startingAt("2026-04-01T09:00:00Z");
    private final InMemoryJobs jobs = new InMemoryJobs();
    private final InMemoryNotifications inbox = new InMemoryNotifications();
    private final NumberedItems kind = new NumberedItems(3);
    private final StaffId anna = StaffId.random();
    private final JobStatusService statuses = new JobStatusService(jobs);

    private JobWorker node(String name) {
        return new JobWorker(jobs, List.of(kind), inbox, new DirectTransactions(), new JobTimings(name, LEASE, RETRY), clock);
    }

    private JobId started(int items) {
        var job = Job.queued(JobType.BULK_EMAIL, new JobParameters(Map.of()), items, anna, clock.instant());
        jobs.add(job);
        return job.id();
    }

    private JobStatus status(JobId id) {
        return statuses.status(anna, id).orElseThrow();
    }

    @Test
    void issue11_a_job_runs_chunk_by_chunk_to_the_end_and_reports_to_its_starter() {
        var id = started(8);
        assertThat(node("a").runNext()).isTrue();

        assertThat(kind.handled).containsExactlyElementsOf(IntStream.range(0, 8).boxed().toList());
        var status = status(id);
        assertThat(status.state()).isEqualTo(JobState.DONE);
        assertThat(status.progress()).isEqualTo(new JobProgress(8, 8));
        assertThat(status.report()).isEqualTo(new JobReport(4, Map.of("odd", 4)));
        assertThat(inbox.latest(anna, 10)).extracting(InboxNotification::messageKey, InboxNotification::arguments, InboxNotification::link)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("inbox.test.DONE", List.of("4", "4"), "jobs"));
        assertThat(node("a").runNext()).isFalse();
    }

    @Test
    void issue12_each_item_a_chunk_could_not_do_is_kept_with_its_reason_in_order() {
        var id = started(8);
        node("a").runNext();

        assertThat(jobs.problems(id, 0, 100)).extracting(JobProblem::item).containsExactly("1", "3", "5", "7");
        assertThat(jobs.problems(id, 0, 100)).extracting(JobProblem::messageKey).containsOnly("odd");
    }

    @Test
    void issue12_a_failed_chunk_that_is_retried_keeps_its_problems_once() {
        var id = started(8);
        kind.failAt(2);
        node("a").runNext();
        clock.advance(RETRY);
        node("b").runNext();

        assertThat(jobs.problems(id, 0, 100)).extracting(JobProblem::item).containsExactly("1", "3", "5", "7");
    }

    @Test
    void issue11_a_node_killed_mid_job_leaves_the_job_to_another_node_once_its_lease_expires_neither_losing_nor_doubling_a_chunk() {
        var id = started(8);
        kind.crashAt(2);
        assertThatThrownBy(() -> node("a").runNext()).isInstanceOf(NumberedItems.Crash.class);
        assertThat(kind.handled).containsExactly(0, 1, 2);
        assertThat(status(id).progress().done()).isEqualTo(3);

        clock.advance(LEASE.minusSeconds(1));
        assertThat(node("b").runNext()).as("the dead node's lease still holds").isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(node("b").runNext()).isTrue();

        assertThat(kind.handled).containsExactlyElementsOf(IntStream.range(0, 8).boxed().toList());
        assertThat(status(id).state()).isEqualTo(JobState.DONE);
        assertThat(status(id).report().succeeded()).isEqualTo(4);
        assertThat(inbox.unread(anna)).isEqualTo(1);
    }

    @Test
    void issue11_a_failed_chunk_is_retried_from_where_it_stood_after_the_retry_delay() {
        var id = started(8);
        kind.failAt(2);
        assertThat(node("a").runNext()).isTrue();
        assertThat(kind.handled).containsExactly(0, 1, 2);
        assertThat(status(id).state()).isEqualTo(JobState.RUNNING);
        assertThat(jobs.find(id).orElseThrow().failures()).isEqualTo(1);

        clock.advance(RETRY.minusSeconds(1));
        assertThat(node("b").runNext()).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(node("b").runNext()).isTrue();
        assertThat(kind.handled).containsExactlyElementsOf(IntStream.range(0, 8).boxed().toList());
        assertThat(status(id).state()).isEqualTo(JobState.DONE);
        assertThat(inbox.latest(anna, 10)).extracting(InboxNotification::messageKey).containsExactly("inbox.test.DONE");
    }

    @Test
    void issue11_a_chunk_failing_three_times_fails_the_job_and_tells_its_starter() {
        var id = started(8);
        var failing = new NumberedItems(3) {
            @Override
            public io.portico.domain.job.ChunkOutcome runChunk(Job job) {
                throw new IllegalStateException("always");
            }
        };
        var worker = new JobWorker(jobs, List.of(failing), inbox, new DirectTransactions(), new JobTimings("a", LEASE, RETRY), clock);
        for (int attempt = 0; attempt < Job.MAX_FAILURES; attempt++) {
            assertThat(worker.runNext()).isTrue();
            clock.advance(RETRY);
        }
        assertThat(status(id).state()).isEqualTo(JobState.FAILED);
        assertThat(worker.runNext()).isFalse();
        assertThat(inbox.latest(anna, 10)).extracting(InboxNotification::messageKey).containsExactly("inbox.test.FAILED");
    }

    @Test
    void issue11_a_node_that_stalled_past_its_lease_between_chunks_stops_once_another_node_took_the_job_over() {
        var id = started(8);
        var stallingStore = new JobPort() {
            private int locks;

            @Override
            public void add(Job job) {
                jobs.add(job);
            }

            @Override
            public Optional<JobId> addAlone(Job job) {
                return jobs.addAlone(job);
            }

            @Override
            public Optional<JobId> unfinished(JobType type) {
                return jobs.unfinished(type);
            }

            @Override
            public Optional<Job> find(JobId job) {
                return jobs.find(job);
            }

            @Override
            public Optional<Job> leaseNext(String owner, Instant now, Instant until) {
                return jobs.leaseNext(owner, now, until);
            }

            @Override
            public Optional<Job> lockHeld(JobId job, String owner, Instant now) {
                if (++locks == 2) { // node a stalls after its first chunk, and b takes the job over and finishes it
                    clock.advance(LEASE);
                    assertThat(node("b").runNext()).isTrue();
                }
                return jobs.lockHeld(job, owner, clock.instant());
            }

            @Override
            public void save(Job job) {
                jobs.save(job);
            }

            @Override
            public void addProblems(JobId job, List<JobProblem> problems) {
                jobs.addProblems(job, problems);
            }

            @Override
            public List<JobProblem> problems(JobId job, int offset, int limit) {
                return jobs.problems(job, offset, limit);
            }
        };
        var a = new JobWorker(stallingStore, List.of(kind), inbox, new DirectTransactions(), new JobTimings("a", LEASE, RETRY), clock);
        assertThat(a.runNext()).isTrue();
        assertThat(kind.handled).containsExactlyElementsOf(IntStream.range(0, 8).boxed().toList());
        assertThat(status(id).state()).isEqualTo(JobState.DONE);
        assertThat(inbox.unread(anna)).isEqualTo(1);
    }

    @Test
    void issue11_a_job_is_shown_only_to_the_member_who_started_it() {
        var id = started(2);
        assertThat(statuses.status(anna, id)).map(JobStatus::progress).contains(new JobProgress(0, 2));
        assertThat(statuses.status(StaffId.random(), id)).isEmpty();
        assertThat(statuses.status(anna, JobId.random())).isEmpty();
    }

    @Test
    void a_job_of_a_type_no_kind_runs_is_a_bug_and_stays_for_a_node_that_can_run_it() {
        var id = started(2);
        var worker = new JobWorker(jobs, List.of(), inbox, new DirectTransactions(), new JobTimings("a", LEASE, RETRY), clock);
        assertThat(worker.runNext()).isTrue();
        assertThat(jobs.find(id).orElseThrow().failures()).isEqualTo(1);
        assertThat(status(id).state()).isEqualTo(JobState.RUNNING);
    }

    @Test
    void timings_need_a_node_name_and_a_positive_lease() {
        assertThatThrownBy(() -> new JobTimings(" ", LEASE, RETRY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JobTimings("a", Duration.ZERO, RETRY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JobTimings("a", LEASE, Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(new JobTimings("a", LEASE, Duration.ZERO).retryDelay()).isZero();
    }
}
