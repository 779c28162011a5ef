package io.portico.ui.job;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import io.portico.application.job.port.JobRow;
import io.portico.application.job.port.in.JobListQuery;
import io.portico.domain.staff.StaffId;
import java.util.List;
import java.util.Optional;

/** Item 11: the newest jobs the viewer may see, running or finished, each a link to its page. */
public class RecentJobs extends VerticalLayout {

    final List<RouterLink> links;

    public RecentJobs(JobListQuery jobs, StaffId viewer, int count) {
        setPadding(false);
        setSpacing(false);
        var texts = new JobTexts(this, getLocale());
        var rows = jobs.page(viewer, Optional.empty(), count);
        links = rows.stream().map(job -> new RouterLink(texts.type(job) + (job.name().isEmpty() ? "" : ": " + job.name()),
                JobView.class, JobView.parameters(job.id()))).toList();
        if (rows.isEmpty()) {
            add(new Span(getTranslation("jobs.none")));
        }
        for (int i = 0; i < rows.size(); i++) {
            JobRow job = rows.get(i);
            String state = texts.state(job) + " · " + (job.state().finished() ? texts.counts(job.report())
                    : getTranslation("job.done-of", job.progress().done(), job.progress().total()));
            add(new HorizontalLayout(links.get(i), new Span(state), new Span(texts.time(job.startedAt()))));
        }
        add(new RouterLink(getTranslation("home.all-jobs"), JobsView.class));
    }
}
