package io.portico.ui.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.job.port.in.RunJobsUseCase;
import io.portico.ui.job.JobProgress;

/** Runs the jobs of a view test until the one a page follows has finished; the scheduled worker may take it first. */
public final class JobsRun {

    private static final int ATTEMPTS = 300;

    private JobsRun() {
    }

    public static void untilFinished(RunJobsUseCase worker, JobProgress progress) {
        for (int attempt = 0; attempt < ATTEMPTS && progress.refresh(); attempt++) {
            if (!worker.runNext()) {
                pause();
            }
        }
        assertThat(progress.refresh()).as("the job finished").isFalse();
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
