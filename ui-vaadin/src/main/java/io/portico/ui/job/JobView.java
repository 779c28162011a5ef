package io.portico.ui.job;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadEvent;
import io.portico.application.job.port.JobRow;
import io.portico.application.job.port.in.DownloadJobReportCommand;
import io.portico.application.job.port.in.DownloadJobReportUseCase;
import io.portico.application.job.port.in.JobReportQuery;
import io.portico.domain.job.JobId;
import io.portico.domain.job.JobProblem;
import io.portico.domain.job.JobType;
import io.portico.domain.staff.StaffId;
import io.portico.ui.export.ExportDownloads;
import io.portico.ui.security.StaffSession;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Issue 12 items 2 and 7: one job's page — what it did, each skip reason with its count, each problem in a
 * paged grid, and its report as CSV (for an import: the rejected rows with their reason, ready to import
 * again). Inbox+ job notices open it. Someone else's job reads as not found, except for owners and admins.
 */
@Route("clients/jobs/:id")
@PermitAll
public class JobView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String ID = "id";
    /** The most problems the report query hands out at once. */
    static final int PAGE = 500;

    final Grid<JobProblem> problems = new Grid<>();
    final Anchor download = new Anchor();
    private final JobReportQuery reports;
    private final DownloadJobReportUseCase downloads;
    private final StaffSession session;
    private final ExportDownloads exports;
    private final JobTexts texts = new JobTexts(this, getLocale());
    private StaffId viewer;
    private JobRow job;
    /** The page's language, kept for the download, which runs in a request of its own. */
    private Locale locale;

    public JobView(JobReportQuery reports, DownloadJobReportUseCase downloads, StaffSession session, ExportDownloads exports) {
        this.reports = reports;
        this.downloads = downloads;
        this.session = session;
        this.exports = exports;
    }

    public static RouteParameters parameters(JobId job) {
        return new RouteParameters(ID, job.value().toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        viewer = new StaffId(session.current().orElseThrow().id());
        job = event.getRouteParameters().get(ID).flatMap(JobView::parse).flatMap(id -> reports.job(viewer, id))
                .orElseThrow(NotFoundException::new);
        show();
    }

    private void show() {
        removeAll();
        locale = getLocale();
        var started = new Paragraph(getTranslation("job.started", job.startedByName(), texts.time(job.startedAt())));
        add(new H1(texts.type(job) + (job.name().isEmpty() ? "" : ": " + job.name())), started, new Span(texts.state(job)));
        if (job.state().finished()) {
            job.finishedAt().ifPresent(at -> add(new Paragraph(getTranslation("job.finished", texts.time(at)))));
        } else {
            var progress = new JobProgress(reports::status, viewer, job.id(), job.name());
            progress.whenFinished(this::reload);
            add(progress);
        }
        if (job.type() == JobType.EXPORT) { // issue 14 item 3: the export's file, for its requester
            exports.forStaff(viewer, job.id()).ifPresent(this::add);
        }
        add(new H2(getTranslation("job.report")), new Paragraph(texts.counts(job.report())));
        job.report().skipped().forEach((reason, count) -> add(new Paragraph(texts.skipped(reason, count))));
        configureDownload();
        add(download, new H2(getTranslation("job.problems")), problemsGrid());
    }

    /** The job just finished: its report and problems as they now stand. */
    private void reload() {
        reports.job(viewer, job.id()).ifPresent(fresh -> {
            job = fresh;
            show();
        });
    }

    private Grid<JobProblem> problemsGrid() {
        var words = new ProblemTexts(this, locale);
        problems.removeAllColumns();
        problems.addColumn(JobProblem::item).setHeader(getTranslation("job.problem.item")).setAutoWidth(true);
        problems.addColumn(words::field).setHeader(getTranslation("job.problem.field")).setAutoWidth(true);
        problems.addColumn(words::reason).setHeader(getTranslation("job.problem.reason")).setFlexGrow(3);
        problems.setItems(query -> problems(query.getOffset(), query.getLimit()).stream());
        return problems;
    }

    /** As many problems as the grid asks for, read a page of at most {@link #PAGE} at a time. */
    private List<JobProblem> problems(int offset, int limit) {
        List<JobProblem> rows = new ArrayList<>();
        List<JobProblem> page;
        int asked;
        do {
            asked = Math.min(PAGE, limit - rows.size());
            page = reports.problems(viewer, job.id(), offset + rows.size(), asked);
            rows.addAll(page);
        } while (page.size() == asked && rows.size() < limit);
        return rows;
    }

    private void configureDownload() {
        download.setText(getTranslation(job.rejectedRows() ? "job.download.rejected" : "job.download.report"));
        download.setHref((DownloadEvent event) -> {
            event.setFileName(fileName());
            event.setContentType("text/csv");
            try (OutputStream out = event.getOutputStream()) {
                writeReport(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The report as the download writes it, in this page's language; checked again for the viewer. */
    void writeReport(OutputStream out) {
        downloads.download(new DownloadJobReportCommand(viewer, job.id(), new ProblemTexts(this, locale).wording()), out);
    }

    String fileName() {
        String base = job.name().isEmpty() ? job.type().name().toLowerCase(Locale.ROOT) : job.name().replaceAll("(?i)\\.csv$", "");
        return base.replaceAll("[^\\p{L}\\p{N}._ -]", "_") + (job.rejectedRows() ? "-rejected.csv" : "-report.csv");
    }

    private static Optional<JobId> parse(String id) {
        try {
            return Optional.of(new JobId(UUID.fromString(id)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return (job == null ? getTranslation("jobs.title") : texts.type(job)) + " · Portico";
    }
}
