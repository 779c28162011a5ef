package io.portico.application.job;

import static io.portico.application.account.AccountFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.account.AccountFixtures;
import io.portico.application.job.port.JobRow;
import io.portico.application.job.port.in.DownloadJobReportCommand;
import io.portico.application.job.port.in.ReportWording;
import io.portico.application.staff.InMemoryStaff;
import io.portico.domain.job.Job;
import io.portico.domain.job.JobId;
import io.portico.domain.job.JobParameters;
import io.portico.domain.job.JobProblem;
import io.portico.domain.job.JobState;
import io.portico.domain.job.JobType;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.NotAllowedException;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import io.portico.domain.staff.StaffStatus;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Issue 12 item 2: Clients → Jobs, a job's page and its report downloaded as CSV. */
class JobReportServiceTest {

    private static final ReportWording WORDING = new ReportWording(List.of("Item", "Field", "Reason"),
            problem -> problem.field().map(String::toUpperCase).orElse(""), problem -> "why:" + problem.messageKey(), problem -> "row " + problem.item() + ": " + problem.messageKey());

    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryJobs jobs = new InMemoryJobs();
    private final RecordingCsvFiles csv = new RecordingCsvFiles();
    private final JobReportService service = new JobReportService(new InMemoryJobList(jobs, staff), jobs, new JobViewers(staff), csv);
    private final StaffId owner = AccountFixtures.staff(staff, "Anna", "Bianchi", StaffRole.OWNER).id();
    private final StaffId admin = AccountFixtures.staff(staff, "Sara", "Neri", StaffRole.ADMIN).id();
    private final StaffId marco = AccountFixtures.staff(staff, "Marco", "Verdi", StaffRole.EMPLOYEE).id();
    private final StaffId luca = AccountFixtures.staff(staff, "Luca", "Rossi", StaffRole.EMPLOYEE).id();

    private JobId started(StaffId by, int secondsLater, Map<String, String> parameters) {
        var job = Job.queued(JobType.BULK_ACCESS, new JobParameters(parameters), 3, by, NOW.plusSeconds(secondsLater));
        jobs.add(job);
        return job.id();
    }

    private JobId started(StaffId by) {
        return started(by, 0, Map.of(JobParameters.NAME, "LOGIN on"));
    }

    @Test
    void issue12_2_a_member_lists_the_jobs_they_started_and_owners_and_admins_every_job() {
        var marcos = started(marco, 0, Map.of());
        var lucas = started(luca, 10, Map.of());
        var annas = started(owner, 20, Map.of());

        assertThat(service.page(marco, Optional.empty(), 10)).extracting(JobRow::id).containsExactly(marcos);
        assertThat(service.page(owner, Optional.empty(), 10)).extracting(JobRow::id).containsExactly(annas, lucas, marcos);
        assertThat(service.page(admin, Optional.empty(), 10)).extracting(JobRow::id).containsExactly(annas, lucas, marcos);
        var first = service.page(owner, Optional.empty(), 1);
        assertThat(service.page(owner, Optional.of(first.getFirst().cursor()), 500)).extracting(JobRow::id).containsExactly(lucas, marcos);
    }

    @Test
    void issue12_2_a_page_holds_1_to_500_jobs() {
        assertThatThrownBy(() -> service.page(owner, Optional.empty(), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.page(owner, Optional.empty(), 501)).isInstanceOf(IllegalArgumentException.class);
        var job = started(owner);
        assertThatThrownBy(() -> service.problems(owner, job, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.problems(owner, job, 0, 501)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.problems(owner, job, -1, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void issue12_2_another_members_job_reads_as_not_found_but_owners_and_admins_see_it() {
        var job = started(luca);

        assertThat(service.job(marco, job)).isEmpty();
        assertThat(service.status(marco, job)).isEmpty();
        assertThat(service.job(luca, job)).map(JobRow::name).contains("LOGIN on");
        assertThat(service.job(owner, job)).isPresent();
        assertThat(service.job(admin, job)).isPresent();
        assertThat(service.status(admin, job)).map(status -> status.state()).contains(JobState.QUEUED);
        assertThat(service.job(owner, new JobId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void issue12_2_a_deactivated_member_sees_no_jobs() {
        var job = started(marco);
        var member = staff.findById(marco).orElseThrow();
        staff.save(new StaffMember(member.id(), member.name(), member.email(), member.role(), StaffStatus.DEACTIVATED));

        assertThatThrownBy(() -> service.page(marco, Optional.empty(), 10)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> service.job(marco, job)).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void issue12_2_each_problem_is_read_a_page_at_a_time_and_none_of_a_job_one_may_not_see() {
        var job = started(luca);
        var problems = problems(5);
        jobs.addProblems(job, problems);

        assertThat(service.problems(luca, job, 0, 2)).containsExactlyElementsOf(problems.subList(0, 2));
        assertThat(service.problems(owner, job, 4, 2)).containsExactly(problems.get(4));
        assertThat(service.problems(luca, job, 5, 1)).isEmpty();
        assertThat(service.problems(marco, job, 0, 10)).isEmpty();
    }

    @Test
    void issue12_2_the_report_downloads_as_item_field_and_reason_for_every_problem_over_several_pages() {
        var job = started(luca);
        var problems = problems(JobReportService.REPORT_PAGE * 2 + 1);
        jobs.addProblems(job, problems);
        var out = new ClosingStream();

        service.download(new DownloadJobReportCommand(luca, job, WORDING), out);

        assertThat(csv.rows).hasSize(problems.size() + 1);
        assertThat(csv.rows.getFirst()).containsExactly("Item", "Field", "Reason");
        assertThat(csv.rows.get(1)).containsExactly("Rossi", "EMAIL", "why:access.no-address");
        assertThat(csv.rows.get(2)).containsExactly("Verdi", "", "why:access.not-allowed");
        assertThat(csv.rows.getLast()).containsExactly("Rossi", "EMAIL", "why:access.no-address");
        assertThat(out.closed).isTrue();
    }

    @Test
    void issue12_2_a_job_without_problems_downloads_its_header_alone() {
        var job = started(luca);
        service.download(new DownloadJobReportCommand(owner, job, WORDING), new ByteArrayOutputStream());
        assertThat(csv.rows).containsExactly(List.of("Item", "Field", "Reason"));
    }

    @Test
    void issue12_7_an_imports_report_is_its_rejected_rows_with_a_reason_column_ready_to_import_again() {
        var header = List.of("Name", "Email", "Tags");
        var job = started(luca, 0, Map.of(JobParameters.NAME, "clients.csv", JobParameters.HEADER, JobParameters.joined(header)));
        jobs.addProblems(job, List.of(
                new JobProblem("3", Optional.of("email"), "import.email.invalid", List.of("anna@"), List.of("Anna", "anna@", "vip")),
                new JobProblem("7", Optional.empty(), "import.column-count", List.of("2", "3"), List.of("Bruno", "bruno@example.com")),
                new JobProblem("9", Optional.empty(), "import.column-count", List.of("4", "3"), List.of("Carla", "c@example.com", "", "x"))));
        var out = new ByteArrayOutputStream();

        service.download(new DownloadJobReportCommand(luca, job, WORDING), out);

        assertThat(csv.rows).containsExactly(
                List.of("Name", "Email", "Tags", "Reason"),
                List.of("Anna", "anna@", "vip", "row 3: import.email.invalid"),
                List.of("Bruno", "bruno@example.com", "", "row 7: import.column-count"),
                List.of("Carla", "c@example.com", "", "x", "row 9: import.column-count"));
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Name|Email|Tags|Reason\n");
    }

    @Test
    void issue12_2_another_members_report_is_not_found_and_nothing_is_written() {
        var job = started(luca);
        jobs.addProblems(job, problems(2));
        var out = new ClosingStream();

        assertThatThrownBy(() -> service.download(new DownloadJobReportCommand(marco, job, WORDING), out))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("job");
                    assertThat(e.messageKey()).isEqualTo("job.not-found");
                });
        assertThat(csv.rows).isEmpty();
        assertThat(out.closed).isFalse();
    }

    @Test
    void issue12_2_report_wording_has_three_columns_the_last_one_the_reason() {
        assertThat(WORDING.reasonColumn()).isEqualTo("Reason");
        assertThatThrownBy(() -> new ReportWording(List.of("Item", "Reason"), p -> "", p -> "", p -> ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<JobProblem> problems(int count) {
        List<JobProblem> problems = new ArrayList<>();
        IntStream.range(0, count).forEach(i -> problems.add(i % 2 == 0
                ? new JobProblem("Rossi", Optional.of("email"), "access.no-address", List.of(), List.of())
                : JobProblem.of("Verdi", "access.not-allowed")));
        return problems;
    }

    private static final class ClosingStream extends OutputStream {
        boolean closed;

        @Override
        public void write(int b) {
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
