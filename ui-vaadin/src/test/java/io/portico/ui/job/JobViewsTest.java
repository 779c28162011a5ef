package io.portico.ui.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.sidenav.SideNavItem;
import io.portico.application.inbox.port.out.NotificationPort;
import io.portico.application.job.JobNotice;
import io.portico.application.job.port.JobRow;
import io.portico.application.job.port.out.JobPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.inbox.InboxNotification;
import io.portico.domain.job.Job;
import io.portico.domain.job.JobId;
import io.portico.domain.job.JobParameters;
import io.portico.domain.job.JobProblem;
import io.portico.domain.job.JobProgress;
import io.portico.domain.job.JobReport;
import io.portico.domain.job.JobState;
import io.portico.domain.job.JobType;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.PersonName;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffMember;
import io.portico.domain.staff.StaffRole;
import io.portico.domain.staff.StaffStatus;
import io.portico.ui.error.NotFoundView;
import io.portico.ui.inbox.InboxView;
import io.portico.ui.support.StaffViewTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/** Issue 12 items 2 and 7: Clients → Jobs, a job's page with its report and problems, and the report's download. */
class JobViewsTest extends StaffViewTest {

    private static final String PASSWORD = "a job watcher's passphrase";

    @Autowired
    StaffPort staff;
    @Autowired
    JobPort jobs;
    @Autowired
    NotificationPort notifications;
    @Autowired
    Transactions transactions;

    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private StaffMember luca;
    private StaffMember marco;

    @BeforeEach
    void twoEmployees() {
        signInAsOwner();
        luca = employee("Luca");
        marco = employee("Marco");
    }

    private StaffMember employee(String first) {
        var member = new StaffMember(StaffId.random(), new PersonName(first, "Jobs" + run),
                new EmailAddress(first.toLowerCase() + "." + run + "@studio.it"), StaffRole.EMPLOYEE, StaffStatus.ACTIVE);
        staff.add(member, PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD));
        return member;
    }

    private void signInAs(StaffMember member) {
        signIn(member.email().value(), PASSWORD);
    }

    /** A finished job of Luca's: 3 done, 2 skipped, with a problem per skip. */
    private JobId finished(Map<String, String> parameters, List<JobProblem> problems) {
        Instant now = Instant.now();
        var job = new Job(JobId.random(), JobType.BULK_EMAIL, new JobParameters(parameters), JobState.DONE, new JobProgress(5, 5),
                Optional.empty(), Optional.empty(), new JobReport(3, Map.of("bulk-email.skipped.not-visible", 2)), 0, luca.id(), now,
                Optional.of(now));
        transactions.inTransaction(() -> {
            jobs.add(job);
            jobs.addProblems(job.id(), problems);
        });
        return job.id();
    }

    private JobId lucasBulkEmail() {
        return finished(Map.of(JobParameters.SUBJECT, "Tax day " + run, "accounts", "a,b"), List.of(
                new JobProblem("Rossi " + run, Optional.of("email"), "email.invalid", List.of(), List.of()),
                JobProblem.of("Verdi " + run, "account.not-found")));
    }

    private List<JobRow> rows(JobsView view) {
        var grid = test(view.grid);
        return IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
    }

    @Test
    void issue12_2_clients_jobs_lists_a_members_own_jobs_newest_first_with_type_name_starter_and_counts() {
        var older = lucasBulkEmail();
        var newer = lucasBulkEmail();
        signInAs(luca);

        JobsView view = navigate(JobsView.class);

        assertThat(rows(view)).extracting(JobRow::id).containsExactly(newer, older);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("Bulk email");
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("Tax day " + run);
        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("Luca Jobs" + run);
        assertThat(test(view.grid).getCellText(0, 5)).isEqualTo("Done");
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Jobs");

        test(view.grid).clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(JobView.class);
    }

    @Test
    void issue12_2_a_member_does_not_see_another_members_jobs_but_the_owner_does() {
        var lucas = lucasBulkEmail();

        signInAs(marco);
        assertThat(rows(navigate(JobsView.class))).isEmpty();
        navigate("clients/jobs/" + lucas.value(), NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);

        signInAsOwner();
        assertThat(rows(navigate(JobsView.class))).extracting(JobRow::id).contains(lucas);
        assertThat(navigate("clients/jobs/" + lucas.value(), JobView.class)).isInstanceOf(JobView.class);
    }

    @Test
    void issue12_2_an_unknown_or_malformed_job_id_reads_as_not_found() {
        navigate("clients/jobs/" + UUID.randomUUID(), NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        navigate("clients/jobs/not-a-uuid", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    void issue12_2_the_job_page_shows_the_report_each_skip_reason_and_each_problem_translated() {
        var id = lucasBulkEmail();
        signInAs(luca);

        JobView page = navigate("clients/jobs/" + id.value(), JobView.class);

        String text = page.getElement().getTextRecursively();
        assertThat(text).contains("Bulk email: Tax day " + run).contains("Started by Luca Jobs" + run).contains("3 done, 2 skipped")
                .contains("Not found, or not visible to the sender: 2");
        var problems = test(page.problems);
        assertThat(problems.size()).isEqualTo(2);
        assertThat(List.of(problems.getCellText(0, 0), problems.getCellText(0, 1), problems.getCellText(0, 2)))
                .containsExactly("Rossi " + run, "Email", "enter a valid email address, like name@example.com");
        assertThat(problems.getCellText(1, 1)).isEmpty();
        assertThat(problems.getCellText(1, 2)).isEqualTo("the account does not exist or is not yours to see");
        assertThat(page.download.getText()).isEqualTo("Download report (CSV)");
        assertThat(page.fileName()).isEqualTo("Tax day " + run + "-report.csv");
    }

    @Test
    void issue12_2_the_report_downloads_as_csv_with_item_field_and_reason() {
        var id = lucasBulkEmail();
        signInAs(luca);
        JobView page = navigate("clients/jobs/" + id.value(), JobView.class);
        var out = new ByteArrayOutputStream();

        page.writeReport(out);

        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF");
        assertThat(csv.substring(1).lines()).containsExactly("Item,Field,Reason",
                "Rossi " + run + ",Email,\"enter a valid email address, like name@example.com\"",
                "Verdi " + run + ",,the account does not exist or is not yours to see");
    }

    @Test
    void issue12_7_an_imports_report_downloads_as_its_rejected_rows_with_a_reason_column() {
        var header = List.of("Name", "Email");
        var id = finished(Map.of(JobParameters.NAME, "clients.csv", JobParameters.HEADER, JobParameters.joined(header)), List.of(
                new JobProblem("3", Optional.of("email"), "email.invalid", List.of(), List.of("Anna", "anna@"))));
        signInAs(luca);
        JobView page = navigate("clients/jobs/" + id.value(), JobView.class);
        var out = new ByteArrayOutputStream();

        page.writeReport(out);

        assertThat(page.download.getText()).isEqualTo("Download rejected rows (CSV)");
        assertThat(page.fileName()).isEqualTo("clients-rejected.csv");
        assertThat(out.toString(StandardCharsets.UTF_8).substring(1).lines()).containsExactly("Name,Email,Reason",
                "Anna,anna@,\"Row 3, Email: enter a valid email address, like name@example.com\"");
    }

    @Test
    void issue12_2_inbox_go_to_opens_the_jobs_page() {
        var id = lucasBulkEmail();
        notifications.add(InboxNotification.unread(luca.id(), "inbox.bulk-email.done", List.of("Tax day " + run, "3", "2"),
                JobNotice.jobPage(id), Instant.now()));
        signInAs(luca);
        navigate(InboxView.class);

        test(find(Button.class).all().stream().filter(b -> "Go to…".equals(b.getText())).findFirst().orElseThrow()).click();

        assertThat(getCurrentView()).isInstanceOf(JobView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Tax day " + run);
    }

    @Test
    void issue12_2_the_job_page_shows_the_report_and_problems_once_the_running_job_finishes() {
        Instant now = Instant.now();
        var running = new Job(JobId.random(), JobType.BULK_EMAIL, new JobParameters(Map.of(JobParameters.SUBJECT, "Late " + run)),
                JobState.RUNNING, new JobProgress(2, 5), Optional.of("2"), Optional.empty(), new JobReport(2, Map.of()), 0, luca.id(), now,
                Optional.empty());
        transactions.inTransaction(() -> jobs.add(running));
        signInAs(luca);
        JobView view = navigate("clients/jobs/" + running.id().value(), JobView.class);
        var progress = find(io.portico.ui.job.JobProgress.class).single();
        assertThat(test(view.problems).size()).isZero();

        transactions.inTransaction(() -> {
            jobs.save(new Job(running.id(), running.type(), running.parameters(), JobState.DONE, new JobProgress(5, 5), Optional.empty(),
                    Optional.empty(), new JobReport(4, Map.of("bulk-email.skipped.not-visible", 1)), 0, luca.id(), now, Optional.of(now)));
            jobs.addProblems(running.id(), List.of(JobProblem.of("Verdi " + run, "account.not-found")));
        });
        progress.refresh();

        assertThat(find(io.portico.ui.job.JobProgress.class).all()).isEmpty();
        assertThat(test(view.problems).size()).isEqualTo(1);
        assertThat(view.getElement().getText() + texts(view)).contains("4 done, 1 skipped");
    }

    private static String texts(JobView view) {
        return view.getChildren().map(child -> child.getElement().getText()).reduce("", String::concat);
    }
}
