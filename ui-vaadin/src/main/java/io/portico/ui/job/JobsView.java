package io.portico.ui.job;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.portico.application.job.port.JobRow;
import io.portico.application.job.port.in.JobListQuery;
import io.portico.application.job.port.in.JobReportQuery;
import io.portico.domain.staff.StaffId;
import io.portico.ui.grid.KeysetPager;
import io.portico.ui.security.StaffSession;
import jakarta.annotation.security.PermitAll;

/**
 * Issue 12 item 2: Clients → Jobs — running and finished jobs, newest first, scrolled page by page; a member sees
 * the jobs they started, owners and admins every job. A running job's bar moves by push; a click opens its page.
 */
@Route("clients/jobs")
@PermitAll
public class JobsView extends VerticalLayout implements HasDynamicTitle {

    static final int PAGE = 50;

    final Grid<JobRow> grid = new Grid<>();
    private final JobReportQuery reports;
    private final StaffId viewer;
    private final JobTexts texts = new JobTexts(this, getLocale());

    public JobsView(JobListQuery jobs, JobReportQuery reports, StaffSession session) {
        this.reports = reports;
        this.viewer = new StaffId(session.current().orElseThrow().id());
        setSizeFull();
        grid.addColumn(texts::type).setHeader(getTranslation("job.type")).setAutoWidth(true);
        grid.addColumn(JobRow::name).setHeader(getTranslation("job.name")).setFlexGrow(3);
        grid.addColumn(JobRow::startedByName).setHeader(getTranslation("job.started-by")).setFlexGrow(2);
        grid.addColumn(job -> texts.time(job.startedAt())).setHeader(getTranslation("job.started-at")).setAutoWidth(true);
        grid.addColumn(texts::finished).setHeader(getTranslation("job.finished-at")).setAutoWidth(true);
        grid.addColumn(texts::state).setHeader(getTranslation("job.state")).setAutoWidth(true);
        grid.addComponentColumn(this::progress).setHeader(getTranslation("job.progress")).setFlexGrow(2);
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(JobView.class, JobView.parameters(click.getItem().id()))));
        var pager = new KeysetPager<JobRow>((after, limit) -> jobs.page(viewer, after.map(JobRow::cursor), limit), PAGE);
        grid.setItems(query -> pager.fetch(query.getOffset(), query.getLimit()).stream());
        add(new H1(getTranslation("jobs.title")), grid);
    }

    /** A running job's pushed bar; a finished job's counts. */
    private Component progress(JobRow job) {
        if (job.state().finished()) {
            return new Span(texts.counts(job.report()));
        }
        var bar = new JobProgress(reports::status, viewer, job.id(), job.name());
        bar.label.setVisible(false);
        return bar;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("jobs.title") + " · Portico";
    }
}
