package io.portico.ui.job;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import io.portico.application.job.port.in.JobStatus;
import io.portico.application.job.port.in.JobStatusQuery;
import io.portico.domain.job.JobId;
import io.portico.domain.staff.StaffId;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A job's progress on the page that started it, pushed to the browser each second while the page is open.
 * Leaving the page stops only the updates; the job runs on. Its text is {@code job.<TYPE>.running|done|failed}
 * with the label first: running and failed read (label, done, total), done reads (label, succeeded, skipped).
 */
public class JobProgress extends VerticalLayout {

    private static final Duration EVERY = Duration.ofSeconds(1);

    public final ProgressBar bar = new ProgressBar(0, 1);
    public final Span label = new Span();
    private final JobStatusQuery jobs;
    private final StaffId viewer;
    private final JobId job;
    private final String name;
    private volatile boolean following;
    private Thread follower;
    private boolean finished;
    private Runnable whenFinished = () -> { };

    public JobProgress(JobStatusQuery jobs, StaffId viewer, JobId job, String name) {
        this.jobs = jobs;
        this.viewer = viewer;
        this.job = job;
        this.name = name;
        setPadding(false);
        setSpacing(false);
        add(label, bar);
        refresh();
    }

    /** Runs once, in the UI, when a refresh first finds the job finished (not when it already was). */
    public void whenFinished(Runnable action) {
        whenFinished = action;
    }

    /** @return whether the job is still going */
    public boolean refresh() {
        boolean going = jobs.status(viewer, job).map(this::show).orElse(false);
        if (!going && !finished) {
            finished = true;
            whenFinished.run();
        }
        return going;
    }

    private boolean show(JobStatus status) {
        bar.setValue(status.progress().fraction());
        var progress = status.progress();
        var report = status.report();
        String key = "job." + status.type().name() + ".";
        label.setText(switch (status.state()) {
            case QUEUED, RUNNING -> getTranslation(key + "running", name, progress.done(), progress.total());
            case DONE -> getTranslation(key + "done", name, report.succeeded(), report.skippedTotal());
            case FAILED -> getTranslation(key + "failed", name, progress.done(), progress.total());
        });
        return !status.state().finished();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        following = true;
        follower = Thread.ofVirtual().name("job-progress-" + job.value()).start(() -> follow(ui));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        following = false;
        if (follower != null) {
            follower.interrupt();
        }
    }

    private void follow(UI ui) {
        var going = new AtomicBoolean(true);
        while (following && going.get()) {
            try {
                Thread.sleep(EVERY);
                ui.access(() -> going.set(refresh())).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException | UIDetachedException e) {
                return;
            }
        }
    }
}
