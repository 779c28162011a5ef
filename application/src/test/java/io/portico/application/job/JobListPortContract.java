package io.portico.application.job;

import static io.portico.application.account.AccountFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.account.AccountFixtures;
import io.portico.application.job.port.JobRow;
import io.portico.application.job.port.out.JobListPort;
import io.portico.application.job.port.out.JobPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.job.ChunkOutcome;
import io.portico.domain.job.Job;
import io.portico.domain.job.JobId;
import io.portico.domain.job.JobParameters;
import io.portico.domain.job.JobProgress;
import io.portico.domain.job.JobReport;
import io.portico.domain.job.JobState;
import io.portico.domain.job.JobType;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link JobListPort} does (issue 12 item 2); each test starts with nothing stored. */
public abstract class JobListPortContract {

    protected abstract StaffPort staff();

    protected abstract JobPort jobs();

    protected abstract JobListPort list();

    protected abstract Transactions transactions();

    private StaffId anna;
    private StaffId marco;

    @BeforeEach
    void staffExists() {
        anna = AccountFixtures.staff(staff(), "Anna", "Bianchi", StaffRole.OWNER).id();
        marco = AccountFixtures.staff(staff(), "Marco", "Verdi", StaffRole.EMPLOYEE).id();
    }

    private Job started(StaffId by, int secondsLater, Map<String, String> parameters) {
        var job = Job.queued(JobType.IMPORT, new JobParameters(parameters), 10, by, NOW.plusSeconds(secondsLater));
        jobs().add(job);
        return job;
    }

    @Test
    void issue12_a_job_is_listed_with_its_name_starter_times_state_progress_and_report() {
        var job = started(anna, 0, Map.of(JobParameters.NAME, "clients.csv", JobParameters.HEADER, JobParameters.joined(List.of("name"))));
        var leased = transactions().inTransaction(() -> jobs().leaseNext("node", NOW, NOW.plusSeconds(60))).orElseThrow();
        var report = new JobReport(7, Map.of("import.duplicate", 3));
        var done = leased.advanced(new ChunkOutcome(10, report, Optional.empty()), NOW.plusSeconds(5), NOW.plusSeconds(65));
        transactions().inTransaction(() -> jobs().save(done));

        assertThat(list().row(job.id())).contains(new JobRow(job.id(), JobType.IMPORT, "clients.csv", anna, "Anna Bianchi", NOW,
                Optional.of(NOW.plusSeconds(5)), JobState.DONE, new JobProgress(10, 10), report, true));
    }

    @Test
    void issue12_a_bulk_email_is_listed_by_its_subject_and_a_job_without_a_header_has_no_rejected_rows() {
        var job = started(marco, 0, Map.of(JobParameters.SUBJECT, "Tax day", "accounts", "a,b"));

        var row = list().row(job.id()).orElseThrow();
        assertThat(row.name()).isEqualTo("Tax day");
        assertThat(row.startedByName()).isEqualTo("Marco Verdi");
        assertThat(row.state()).isEqualTo(JobState.QUEUED);
        assertThat(row.finishedAt()).isEmpty();
        assertThat(row.rejectedRows()).isFalse();
        assertThat(started(marco, 1, Map.of()).id()).satisfies(id -> assertThat(list().row(id).orElseThrow().name()).isEmpty());
    }

    @Test
    void issue12_an_unknown_job_reads_as_nothing() {
        assertThat(list().row(new JobId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void issue12_jobs_are_listed_newest_first_for_everyone_or_only_those_one_member_started() {
        var oldest = started(anna, 0, Map.of());
        var middle = started(marco, 10, Map.of());
        var newest = started(anna, 20, Map.of());

        assertThat(list().page(Optional.empty(), Optional.empty(), 10)).extracting(JobRow::id)
                .containsExactly(newest.id(), middle.id(), oldest.id());
        assertThat(list().page(Optional.of(anna), Optional.empty(), 10)).extracting(JobRow::id).containsExactly(newest.id(), oldest.id());
        assertThat(list().page(Optional.of(marco), Optional.empty(), 10)).extracting(JobRow::id).containsExactly(middle.id());
    }

    @Test
    void issue12_pages_follow_each_other_without_gap_or_repeat_also_among_jobs_started_at_the_same_instant() {
        List<JobId> all = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            all.add(started(anna, i < 3 ? 0 : 10, Map.of()).id());
        }
        List<JobId> seen = new ArrayList<>();
        var page = list().page(Optional.empty(), Optional.empty(), 2);
        while (!page.isEmpty()) {
            assertThat(page).hasSizeLessThanOrEqualTo(2);
            page.forEach(row -> seen.add(row.id()));
            page = list().page(Optional.empty(), Optional.of(page.getLast().cursor()), 2);
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(all).doesNotHaveDuplicates();
        assertThat(seen.subList(0, 2)).containsExactlyInAnyOrderElementsOf(all.subList(3, 5));
        assertThat(list().page(Optional.of(marco), Optional.empty(), 2)).isEmpty();
    }
}
