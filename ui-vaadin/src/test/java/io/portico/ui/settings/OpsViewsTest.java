package io.portico.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.sidenav.SideNavItem;
import io.portico.application.backup.port.BackupFile;
import io.portico.application.backup.port.in.BackUpNowUseCase;
import io.portico.application.backup.port.in.BackupRequest;
import io.portico.application.backup.port.in.BackupsQuery;
import io.portico.application.inbox.port.in.InboxQuery;
import io.portico.application.job.port.in.RunJobsUseCase;
import io.portico.application.job.port.out.JobPort;
import io.portico.application.retention.port.in.RetentionQuery;
import io.portico.application.retention.port.out.RetentionSettingsPort;
import io.portico.domain.job.ChunkOutcome;
import io.portico.domain.job.Job;
import io.portico.domain.job.JobId;
import io.portico.domain.job.JobParameters;
import io.portico.domain.job.JobReport;
import io.portico.domain.job.JobType;
import io.portico.domain.retention.Retention;
import io.portico.domain.staff.StaffId;
import io.portico.ui.job.JobProgress;
import io.portico.ui.staff.HomeView;
import io.portico.ui.support.StaffViewTest;
import io.portico.ui.support.JobsRun;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 14, items 4 and 5: Settings → Retention and Settings → Backups. */
class OpsViewsTest extends StaffViewTest {

    @Autowired
    RetentionQuery retention;
    @Autowired
    RetentionSettingsPort store;
    @Autowired
    BackupsQuery backups;
    @Autowired
    BackUpNowUseCase backUpNow;
    @Autowired
    JobPort jobs;
    @Autowired
    RunJobsUseCase worker;
    @Autowired
    InboxQuery inbox;

    /** The other view tests share the firm: they get the defaults back. */
    @AfterEach
    void defaults() {
        store.store(Retention.defaults(30));
    }

    @Test
    void issue14_item4_an_owner_sees_the_defaults_and_shortens_sent_mail_and_job_reports() {
        signInAsOwner();
        RetentionView view = navigate(RetentionView.class);
        assertThat(view.history.getValue()).isEqualTo(3650);
        assertThat(view.sentMail.getValue()).isEqualTo(30);
        assertThat(view.loginActivity.getValue()).isEqualTo(365);
        assertThat(view.jobReports.getValue()).isEqualTo(90);

        test(view.sentMail).setValue(7);
        test(view.jobReports).setValue(14);
        test(view.save).click();

        assertThat(view.saved.isVisible()).isTrue();
        assertThat(retention.retention()).isEqualTo(new Retention(3650, 7, 365, 14));
        assertThat(navigate(RetentionView.class).sentMail.getValue()).isEqualTo(7);
    }

    @Test
    void issue14_item4_history_shorter_than_a_year_is_named_on_its_field_and_nothing_changes() {
        signInAsOwner();
        RetentionView view = navigate(RetentionView.class);
        view.history.setValue(100);
        test(view.save).click();

        assertThat(view.history.isInvalid()).isTrue();
        assertThat(view.history.getErrorMessage()).isEqualTo("History kept for (days): use a number from 365 to 36,500");
        assertThat(view.saved.isVisible()).isFalse();
        assertThat(retention.retention()).isEqualTo(Retention.defaults(30));
    }

    @Test
    void issue14_5_back_up_now_queues_a_job_answers_at_once_and_lists_the_backup_when_the_job_ends() {
        StaffId owner = new StaffId(signInAsOwner().id());
        BackupsView view = navigate(BackupsView.class);
        int before = backups.backups(owner).size();

        test(view.backUpNow).click();

        assertThat(view.outcome.getText()).isEqualTo("Backing up… You can leave this page; Inbox+ tells you when it is done.");
        assertThat(view.jobLink.isVisible()).isTrue();
        assertThat(view.jobLink.getHref()).startsWith("clients/jobs/");
        var job = jobs.find(new JobId(UUID.fromString(view.jobLink.getHref().substring("clients/jobs/".length())))).orElseThrow();
        assertThat(job.type()).isEqualTo(JobType.BACKUP);
        assertThat(job.createdBy()).isEqualTo(owner);
        assertThat(view.backUpNow.isEnabled()).as("one backup at a time").isFalse();

        JobsRun.untilFinished(worker, find(JobProgress.class, view.progress).single());

        assertThat(view.backUpNow.isEnabled()).isTrue();
        assertThat(view.outcome.getText()).isEmpty();
        assertThat(find(JobProgress.class, view.progress).single().label.getText()).isEqualTo("The backup is written.");
        BackupFile listed = test(view.grid).getRow(0);
        assertThat(listed.sizeBytes()).isPositive();
        assertThat(test(view.grid).size()).isEqualTo(Math.min(before + 1, 7));
        assertThat(inbox.latest(owner, 20)).anySatisfy(note -> {
            assertThat(note.messageKey()).isEqualTo("inbox.backup.done");
            assertThat(note.arguments()).containsExactly(listed.name());
            assertThat(note.link()).isEqualTo("settings/backups");
        });
    }

    @Test
    void issue14_5_while_a_backup_job_runs_back_up_now_is_refused_and_the_button_is_disabled_with_a_link_to_the_job() {
        StaffId owner = new StaffId(signInAsOwner().id());
        BackupsView opened = navigate(BackupsView.class);
        assertThat(opened.backUpNow.isEnabled()).isTrue();
        Instant now = Instant.now();
        // started meanwhile (another tab), running on another node whose lease outlasts the test: the worker leaves it
        Job running = Job.queued(JobType.BACKUP, new JobParameters(Map.of()), 1, owner, now).leasedBy("elsewhere", now, now.plusSeconds(3600));
        jobs.add(running);
        try {
            test(opened.backUpNow).click();

            assertThat(opened.outcome.getText()).isEqualTo("A backup is already running.");
            assertThat(opened.jobLink.getHref()).isEqualTo("clients/jobs/" + running.id().value());
            assertThat(opened.backUpNow.isEnabled()).isFalse();
            assertThat(backups.running(owner)).as("no second job").contains(running.id());

            BackupsView view = navigate(BackupsView.class);
            assertThat(view.backUpNow.isEnabled()).isFalse();
            assertThat(view.outcome.getText()).isEqualTo("A backup is already running.");
            assertThat(view.jobLink.getHref()).isEqualTo("clients/jobs/" + running.id().value());
            assertThat(view.jobLink.getText()).isEqualTo("Go to the backup job");
            assertThat(find(JobProgress.class, view.progress).single().label.getText()).isEqualTo("Backing up the database…");
            assertThat(backUpNow.backUpNow(owner)).isEqualTo(new BackupRequest.AlreadyRunning(running.id()));
        } finally {
            jobs.save(running.advanced(new ChunkOutcome(1, new JobReport(1, Map.of()), Optional.empty()), now, now));
        }
    }


    @Test
    void issue14_items4_5_the_owner_finds_retention_and_backups_in_the_sidebar() {
        signInAsOwner();
        navigate(HomeView.class);
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Retention", "Backups");
    }
}
