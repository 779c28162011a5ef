package io.portico.ui.settings;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.portico.application.backup.port.BackupFile;
import io.portico.application.backup.port.in.BackUpNowUseCase;
import io.portico.application.backup.port.in.BackupRequest;
import io.portico.application.backup.port.in.BackupsQuery;
import io.portico.application.job.port.in.JobStatusQuery;
import io.portico.domain.job.JobId;
import io.portico.domain.staff.StaffId;
import io.portico.ui.job.JobProgress;
import io.portico.ui.job.JobView;
import io.portico.ui.security.StaffSession;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Issue 14, item 5: Settings → Backups, for the owner: the backups with their time and size, a download of each,
 * and <i>Back up now</i>. A backup holds all of the firm's data, so the use cases check the owner again.
 * <i>Back up now</i> queues a background job and answers at once; while a backup job is queued or running the button
 * is disabled, the job's page is linked, and its progress is pushed here ({@link JobProgress}): once it ends, the list
 * is read again.
 */
@Route("settings/backups")
@RolesAllowed("OWNER")
public class BackupsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<BackupFile> grid = new Grid<>();
    final Button backUpNow = new Button(getTranslation("backups.now"), VaadinIcon.DATABASE.create());
    final Paragraph outcome = new Paragraph();
    final RouterLink jobLink = new RouterLink();
    final Div progress = new Div();
    private final BackupsQuery backups;
    private final BackUpNowUseCase backUp;
    private final JobStatusQuery jobs;
    private final StaffId owner;

    public BackupsView(BackupsQuery backups, BackUpNowUseCase backUp, JobStatusQuery jobs, StaffSession session) {
        this.backups = backups;
        this.backUp = backUp;
        this.jobs = jobs;
        this.owner = new StaffId(session.current().orElseThrow().id());
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(ZoneId.systemDefault());
        grid.addColumn(backup -> when.format(backup.takenAt())).setHeader(getTranslation("backups.column.taken")).setAutoWidth(true);
        grid.addColumn(backup -> megabytes(backup.sizeBytes())).setHeader(getTranslation("backups.column.size")).setAutoWidth(true);
        grid.addComponentColumn(this::download).setHeader(getTranslation("backups.column.download")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("backups.empty"));
        backUpNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        backUpNow.addClickListener(click -> backUpNow());
        backUpNow.setDisableOnClick(true);
        jobLink.setText(getTranslation("backups.job"));
        jobLink.setVisible(false);
        add(new H1(getTranslation("nav.backups")), new Paragraph(getTranslation("backups.intro")), backUpNow, outcome, jobLink, progress, grid);
        backups.running(owner).ifPresent(job -> follow(job, "backups.running"));
        refresh();
    }

    private Anchor download(BackupFile backup) {
        return new Anchor(DownloadHandler.fromInputStream(event -> backups.download(owner, backup.name())
                .map(in -> new DownloadResponse(in, backup.name(), "application/zip", backup.sizeBytes()))
                .orElseGet(() -> DownloadResponse.error(HttpStatusCode.NOT_FOUND))), backup.name());
    }

    private void backUpNow() {
        switch (backUp.backUpNow(owner)) {
            case BackupRequest.Queued queued -> follow(queued.job(), "backups.queued");
            case BackupRequest.AlreadyRunning running -> follow(running.job(), "backups.running");
        }
    }

    /** The button waits for the job; the list is read again once the job ends (pushed, or found ended already). */
    private void follow(JobId job, String message) {
        backUpNow.setEnabled(false);
        outcome.setText(getTranslation(message));
        jobLink.setRoute(JobView.class, JobView.parameters(job));
        jobLink.setVisible(true);
        var bar = new JobProgress(jobs, owner, job, "");
        bar.whenFinished(this::jobEnded);
        progress.removeAll();
        progress.add(bar);
        if (!bar.refresh()) {
            jobEnded();
        }
    }

    private void jobEnded() {
        outcome.setText("");
        backUpNow.setEnabled(true);
        refresh();
    }

    private void refresh() {
        grid.setItems(backups.backups(owner));
    }

    private String megabytes(long bytes) {
        return getTranslation("backups.size", bytes / (1024.0 * 1024.0));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.backups") + " · Portico";
    }
}
