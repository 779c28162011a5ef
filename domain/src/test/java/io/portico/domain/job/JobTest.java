package io.portico.domain.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.domain.staff.StaffId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Issue 11 item 10 (and issue 12 item 1): a job's state, lease and progress rules. */
class JobTest {

    private static final Instant NOW = Instant.parse("2026-04-01T09:00:00Z");
    private static final StaffId ANNA = new StaffId(UUID.randomUUID());

    private final Job queued = Job.queued(JobType.BULK_EMAIL, new JobParameters(Map.of("a", "1")), 5, ANNA, NOW);

    private static ChunkOutcome chunk(int items, String next) {
        return new ChunkOutcome(items, new JobReport(items, Map.of()), Optional.ofNullable(next));
    }

    @Test
    void issue11_a_new_job_is_queued_with_nothing_done_and_no_lease() {
        assertThat(queued.state()).isEqualTo(JobState.QUEUED);
        assertThat(queued.progress()).isEqualTo(new JobProgress(0, 5));
        assertThat(queued.cursor()).isEmpty();
        assertThat(queued.lease()).isEmpty();
        assertThat(queued.report()).isEqualTo(JobReport.EMPTY);
        assertThat(queued.finishedAt()).isEmpty();
        assertThat(queued.leasableAt(NOW)).isTrue();
    }

    @Test
    void issue11_a_leased_job_runs_and_no_other_node_may_take_it_until_the_lease_expires() {
        Job leased = queued.leasedBy("node-a", NOW, NOW.plusSeconds(60));
        assertThat(leased.state()).isEqualTo(JobState.RUNNING);
        assertThat(leased.heldBy("node-a", NOW.plusSeconds(59))).isTrue();
        assertThat(leased.heldBy("node-b", NOW.plusSeconds(59))).isFalse();
        assertThat(leased.leasableAt(NOW.plusSeconds(59))).isFalse();
        assertThatThrownBy(() -> leased.leasedBy("node-b", NOW.plusSeconds(59), NOW.plusSeconds(120)))
                .isInstanceOf(IllegalStateException.class);

        assertThat(leased.heldBy("node-a", NOW.plusSeconds(60))).isFalse();
        assertThat(leased.leasableAt(NOW.plusSeconds(60))).isTrue();
        Job takenOver = leased.leasedBy("node-b", NOW.plusSeconds(60), NOW.plusSeconds(120));
        assertThat(takenOver.lease()).contains(new Lease("node-b", NOW.plusSeconds(120)));
    }

    @Test
    void issue11_a_chunk_moves_the_cursor_adds_progress_and_report_and_renews_the_lease() {
        Job leased = queued.leasedBy("node-a", NOW, NOW.plusSeconds(60));
        Job after = leased.advanced(new ChunkOutcome(2, new JobReport(1, Map.of("skip", 1)), Optional.of("2")), NOW.plusSeconds(5),
                NOW.plusSeconds(65));
        assertThat(after.cursor()).contains("2");
        assertThat(after.progress()).isEqualTo(new JobProgress(2, 5));
        assertThat(after.report()).isEqualTo(new JobReport(1, Map.of("skip", 1)));
        assertThat(after.lease()).contains(new Lease("node-a", NOW.plusSeconds(65)));
        assertThat(after.state()).isEqualTo(JobState.RUNNING);
        assertThat(after.finishedAt()).isEmpty();
    }

    @Test
    void issue11_the_last_chunk_finishes_the_job_and_releases_its_lease() {
        Job done = queued.leasedBy("node-a", NOW, NOW.plusSeconds(60))
                .advanced(chunk(3, "3"), NOW, NOW.plusSeconds(60))
                .advanced(chunk(2, null), NOW.plusSeconds(9), NOW.plusSeconds(69));
        assertThat(done.state()).isEqualTo(JobState.DONE);
        assertThat(done.progress()).isEqualTo(new JobProgress(5, 5));
        assertThat(done.report().succeeded()).isEqualTo(5);
        assertThat(done.lease()).isEmpty();
        assertThat(done.finishedAt()).contains(NOW.plusSeconds(9));
        assertThat(done.leasableAt(NOW.plusSeconds(100))).isFalse();
    }

    @Test
    void issue11_only_a_running_job_with_a_lease_advances() {
        assertThatThrownBy(() -> queued.advanced(chunk(1, null), NOW, NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> queued.chunkFailed(NOW, NOW)).isInstanceOf(IllegalStateException.class);
        Job leaseless = new Job(queued.id(), queued.type(), queued.parameters(), JobState.RUNNING, queued.progress(), Optional.empty(),
                Optional.empty(), JobReport.EMPTY, 0, ANNA, NOW, Optional.empty());
        assertThatThrownBy(() -> leaseless.advanced(chunk(1, null), NOW, NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void issue11_a_failed_chunk_is_retried_from_the_same_cursor_after_the_delay_and_the_third_failure_fails_the_job() {
        Job leased = queued.leasedBy("node-a", NOW, NOW.plusSeconds(60)).advanced(chunk(1, "1"), NOW, NOW.plusSeconds(60));
        Job once = leased.chunkFailed(NOW.plusSeconds(1), NOW.plusSeconds(31));
        assertThat(once.failures()).isEqualTo(1);
        assertThat(once.state()).isEqualTo(JobState.RUNNING);
        assertThat(once.cursor()).contains("1");
        assertThat(once.leasableAt(NOW.plusSeconds(30))).isFalse();
        assertThat(once.leasableAt(NOW.plusSeconds(31))).isTrue();

        Job twice = once.leasedBy("node-b", NOW.plusSeconds(31), NOW.plusSeconds(91)).chunkFailed(NOW.plusSeconds(32), NOW.plusSeconds(62));
        assertThat(twice.failures()).isEqualTo(2);
        assertThat(twice.state()).isEqualTo(JobState.RUNNING);
        Job thrice = twice.leasedBy("node-b", NOW.plusSeconds(62), NOW.plusSeconds(122)).chunkFailed(NOW.plusSeconds(63), NOW.plusSeconds(93));
        assertThat(thrice.state()).isEqualTo(JobState.FAILED);
        assertThat(thrice.failures()).isEqualTo(Job.MAX_FAILURES);
        assertThat(thrice.lease()).isEmpty();
        assertThat(thrice.finishedAt()).contains(NOW.plusSeconds(63));
        assertThat(thrice.leasableAt(NOW.plusSeconds(1000))).isFalse();
    }

    @Test
    void issue11_a_successful_chunk_clears_earlier_failures() {
        Job leased = queued.leasedBy("node-a", NOW, NOW.plusSeconds(60));
        Job failed = leased.chunkFailed(NOW, NOW).leasedBy("node-a", NOW, NOW.plusSeconds(60));
        assertThat(failed.advanced(chunk(1, "1"), NOW, NOW.plusSeconds(60)).failures()).isZero();
    }

    @Test
    void progress_stays_within_its_total_and_gives_a_fraction() {
        assertThat(new JobProgress(0, 4).plus(3).plus(3)).isEqualTo(new JobProgress(4, 4));
        assertThat(new JobProgress(1, 4).fraction()).isEqualTo(0.25);
        assertThat(new JobProgress(0, 0).fraction()).isEqualTo(1.0);
        assertThatThrownBy(() -> new JobProgress(5, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JobProgress(-1, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JobProgress(0, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JobProgress(0, 4).plus(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new JobProgress(4, 4)).isEqualTo(new JobProgress(4, 4).plus(0));
    }

    @Test
    void reports_add_up_their_counts_per_reason() {
        var sum = new JobReport(2, Map.of("gone", 1)).plus(new JobReport(3, Map.of("gone", 2, "other", 1)));
        assertThat(sum).isEqualTo(new JobReport(5, Map.of("gone", 3, "other", 1)));
        assertThat(sum.skippedTotal()).isEqualTo(4);
        assertThatThrownBy(() -> new JobReport(-1, Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JobReport(0, Map.of("gone", 0))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_lease_needs_an_owner_and_is_held_strictly_before_its_expiry() {
        assertThatThrownBy(() -> new Lease(" ", NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Lease("a", NOW).heldAt(NOW.minusMillis(1))).isTrue();
        assertThat(new Lease("a", NOW).heldAt(NOW)).isFalse();
    }

    @Test
    void a_missing_parameter_is_a_bug_not_a_blank() {
        assertThat(queued.parameters().get("a")).isEqualTo("1");
        assertThatThrownBy(() -> queued.parameters().get("b")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void only_done_and_failed_are_final() {
        assertThat(JobState.DONE.finished()).isTrue();
        assertThat(JobState.FAILED.finished()).isTrue();
        assertThat(JobState.QUEUED.finished()).isFalse();
        assertThat(JobState.RUNNING.finished()).isFalse();
        assertThatThrownBy(() -> new ChunkOutcome(-1, JobReport.EMPTY, Optional.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Job(queued.id(), queued.type(), queued.parameters(), JobState.QUEUED, queued.progress(),
                Optional.empty(), Optional.empty(), JobReport.EMPTY, -1, ANNA, NOW, Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void issue12_a_list_parameter_reads_back_item_by_item_with_empty_items_kept() {
        var header = java.util.List.of("Name", "", "E-mail, work");
        var parameters = new JobParameters(Map.of(JobParameters.HEADER, JobParameters.joined(header)));
        assertThat(parameters.list(JobParameters.HEADER)).containsExactlyElementsOf(header);
        assertThat(parameters.has(JobParameters.HEADER)).isTrue();
        assertThat(parameters.has("accounts")).isFalse();
        assertThat(new JobParameters(Map.of("h", JobParameters.joined(java.util.List.of()))).list("h")).isEmpty();
        assertThatThrownBy(() -> JobParameters.joined(java.util.List.of("a\u001Fb"))).isInstanceOf(IllegalArgumentException.class);
    }
}
