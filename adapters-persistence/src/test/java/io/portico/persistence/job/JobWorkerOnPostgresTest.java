package io.portico.persistence.job;

import static io.portico.persistence.jooq.Tables.STAFF_NOTIFICATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.account.AccountFixtures;
import io.portico.application.inbox.port.out.NotificationPort;
import io.portico.application.job.JobKind;
import io.portico.application.job.JobNotice;
import io.portico.application.job.JobTimings;
import io.portico.application.job.JobWorker;
import io.portico.application.shared.MutableClock;
import io.portico.domain.inbox.InboxNotification;
import io.portico.domain.job.ChunkOutcome;
import io.portico.domain.job.Job;
import io.portico.domain.job.JobId;
import io.portico.domain.job.JobParameters;
import io.portico.domain.job.JobReport;
import io.portico.domain.job.JobState;
import io.portico.domain.job.JobType;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffRole;
import io.portico.persistence.shared.Concurrently;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import io.portico.persistence.staff.StaffAdapters;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 11 item 10 (issue 12 item 1) on PostgreSQL: a chunk's work and the job's cursor commit together, so a
 * chunk that fails or whose node dies after writing leaves nothing, and the job ends with every item done once.
 * The chunk's work here is one Inbox+ row per item, standing for the history and outbox rows of real kinds.
 */
@ExtendWith(EmptyDatabase.class)
class JobWorkerOnPostgresTest {

    private static final Duration LEASE = Duration.ofSeconds(60);

    private final TestPostgres postgres = TestPostgres.get();
    private final JooqJobAdapter jobs = new JooqJobAdapter(postgres.dsl());
    private final NotificationPort inbox = new NotificationPort() { // the report is not what these tests look at
        @Override
        public void add(InboxNotification notification) {
        }

        @Override
        public List<InboxNotification> latest(StaffId recipient, int limit) {
            return List.of();
        }

        @Override
        public int unread(StaffId recipient) {
            return 0;
        }

        @Override
        public void markRead(StaffId recipient, io.portico.domain.inbox.NotificationId id, java.time.Instant at) {
        }
    };
    private final MutableClock clock = MutableClock.startingAt("2026-04-01T09:00:00Z");
    private StaffId anna;

    @BeforeEach
    void staffExists() {
        anna = AccountFixtures.staff(StaffAdapters.staff(postgres.dsl()), "Anna", "Bianchi", StaffRole.OWNER).id();
    }

    /** What kill -9 looks like to the code around a chunk: nothing it catches. */
    private static final class NodeKilled extends Error {
    }

    /** Writes one row per item; {@code dieAfterWriting} decides, per chunk start, whether it then throws. */
    private class RowPerItem implements JobKind {

        private final IntPredicate dieAfterWriting;
        private final RuntimeException failure;
        private final Error death;

        RowPerItem(IntPredicate dieAfterWriting, RuntimeException failure, Error death) {
            this.dieAfterWriting = dieAfterWriting;
            this.failure = failure;
            this.death = death;
        }

        @Override
        public JobType type() {
            return JobType.BULK_EMAIL;
        }

        @Override
        public ChunkOutcome runChunk(Job job) {
            int start = job.cursor().map(Integer::parseInt).orElse(0);
            int end = Math.min(job.progress().total(), start + 3);
            IntStream.range(start, end).forEach(item -> postgres.dsl().insertInto(STAFF_NOTIFICATION)
                    .set(STAFF_NOTIFICATION.ID, java.util.UUID.randomUUID()).set(STAFF_NOTIFICATION.RECIPIENT, anna.value())
                    .set(STAFF_NOTIFICATION.MESSAGE_KEY, "item").set(STAFF_NOTIFICATION.ARGUMENTS, new String[] {String.valueOf(item)})
                    .set(STAFF_NOTIFICATION.LINK, "").set(STAFF_NOTIFICATION.CREATED_AT, clock.instant()).execute());
            if (dieAfterWriting.test(start)) {
                if (death != null) {
                    throw death;
                }
                throw failure;
            }
            return new ChunkOutcome(end - start, new JobReport(end - start, Map.of()),
                    end < job.progress().total() ? Optional.of(String.valueOf(end)) : Optional.empty());
        }

        @Override
        public JobNotice report(Job finished) {
            return new JobNotice("done", List.of(), "");
        }
    }

    private JobWorker node(String name, JobKind kind) {
        return new JobWorker(jobs, List.of(kind), inbox, postgres.transactions(), new JobTimings(name, LEASE, Duration.ZERO), clock);
    }

    private JobId started(int items) {
        var job = Job.queued(JobType.BULK_EMAIL, new JobParameters(Map.of()), items, anna, clock.instant());
        jobs.add(job);
        return job.id();
    }

    private List<String> itemsWritten() {
        return postgres.dsl().select(STAFF_NOTIFICATION.ARGUMENTS).from(STAFF_NOTIFICATION).fetch(row -> row.value1()[0])
                .stream().sorted(java.util.Comparator.comparing(Integer::valueOf)).toList();
    }

    private static List<String> items(int count) {
        return IntStream.range(0, count).mapToObj(String::valueOf).toList();
    }

    @Test
    void issue11_a_chunk_that_fails_after_writing_is_rolled_back_and_redone_once() {
        var id = started(8);
        var failOnce = new java.util.concurrent.atomic.AtomicBoolean(true);
        assertThat(node("a", new RowPerItem(start -> start == 3 && failOnce.getAndSet(false), new IllegalStateException("boom"), null))
                .runNext()).isTrue();
        assertThat(itemsWritten()).containsExactlyElementsOf(items(3));
        assertThat(jobs.find(id).orElseThrow().cursor()).contains("3");

        assertThat(node("b", new RowPerItem(start -> false, null, null)).runNext()).isTrue();
        assertThat(itemsWritten()).containsExactlyElementsOf(items(8));
        assertThat(jobs.find(id).orElseThrow().state()).isEqualTo(JobState.DONE);
    }

    @Test
    void issue11_a_node_killed_inside_a_chunk_leaves_nothing_of_it_and_another_node_resumes_after_the_lease() {
        var id = started(8);
        assertThatThrownBy(() -> node("a", new RowPerItem(start -> start == 3, null, new NodeKilled())).runNext())
                .isInstanceOf(NodeKilled.class);
        assertThat(itemsWritten()).containsExactlyElementsOf(items(3));

        var survivor = node("b", new RowPerItem(start -> false, null, null));
        assertThat(survivor.runNext()).as("the dead node's lease still holds").isFalse();
        clock.advance(LEASE);
        assertThat(survivor.runNext()).isTrue();
        assertThat(itemsWritten()).containsExactlyElementsOf(items(8));
        assertThat(jobs.find(id).orElseThrow().progress().done()).isEqualTo(8);
    }

    @Test
    void issue11_two_nodes_leasing_at_once_get_the_job_once() throws Exception {
        var id = started(2);
        var ready = new CountDownLatch(2);
        var leases = Concurrently.run(
                () -> lease("a", ready),
                () -> lease("b", ready));
        assertThat(leases).filteredOn(Optional::isPresent).hasSize(1);
        assertThat(leases.stream().flatMap(Optional::stream).findFirst()).map(Job::id).contains(id);
    }

    @Test
    void issue11_while_a_chunk_runs_no_other_node_takes_the_job_even_past_its_lease() throws Exception {
        started(2);
        var inChunk = new CountDownLatch(1);
        var checked = new CountDownLatch(1);
        var slow = new RowPerItem(start -> false, null, null) {
            @Override
            public ChunkOutcome runChunk(Job job) {
                inChunk.countDown();
                Concurrently.await(checked);
                return super.runChunk(job);
            }
        };
        var results = Concurrently.run(
                () -> node("a", slow).runNext(),
                () -> {
                    Concurrently.await(inChunk);
                    var later = clock.instant().plus(LEASE).plusSeconds(1);
                    var taken = postgres.transactions().inTransaction(() -> jobs.leaseNext("b", later, later.plus(LEASE)));
                    checked.countDown();
                    return taken.isPresent();
                });
        assertThat(results).containsExactly(true, false);
        assertThat(itemsWritten()).containsExactlyElementsOf(items(2));
    }

    private Optional<Job> lease(String node, CountDownLatch ready) {
        return postgres.transactions().inTransaction(() -> {
            Concurrently.arriveAndAwait(ready);
            return jobs.leaseNext(node, clock.instant(), clock.instant().plus(LEASE));
        });
    }
}
