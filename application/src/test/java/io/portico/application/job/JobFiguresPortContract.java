package io.portico.application.job;

import static io.portico.application.account.AccountFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.account.AccountFixtures;
import io.portico.application.job.port.JobFigures;
import io.portico.application.job.port.out.JobFiguresPort;
import io.portico.application.job.port.out.JobPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.job.ChunkOutcome;
import io.portico.domain.job.Job;
import io.portico.domain.job.JobParameters;
import io.portico.domain.job.JobReport;
import io.portico.domain.job.JobType;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffRole;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link JobFiguresPort} does (issue 14 item 7); each test starts with nothing stored. */
public abstract class JobFiguresPortContract {

    protected abstract StaffPort staff();

    protected abstract JobPort jobs();

    protected abstract JobFiguresPort figures();

    protected abstract Transactions transactions();

    private StaffId anna;

    @BeforeEach
    void staffExists() {
        anna = AccountFixtures.staff(staff(), "Anna", "Bianchi", StaffRole.OWNER).id();
    }

    private Job queued(int secondsLater) {
        var job = Job.queued(JobType.IMPORT, new JobParameters(Map.of()), 10, anna, NOW.plusSeconds(secondsLater));
        jobs().add(job);
        return job;
    }

    private Job leased() {
        return transactions().inTransaction(() -> jobs().leaseNext("node", NOW, NOW.plusSeconds(600))).orElseThrow();
    }

    private void failedAt(Instant at) {
        queued(0);
        Job job = leased();
        for (int i = 0; i < Job.MAX_FAILURES; i++) {
            job = job.chunkFailed(at, at);
        }
        Job failed = job;
        transactions().inTransaction(() -> jobs().save(failed));
    }

    @Test
    void issue14_7_nothing_stored_counts_nothing() {
        assertThat(figures().figures(NOW)).isEqualTo(new JobFigures(0, 0, 0));
    }

    @Test
    void issue14_7_jobs_count_by_state_and_failed_ones_only_from_the_given_moment_on() {
        failedAt(NOW.minusSeconds(7200));
        failedAt(NOW.minusSeconds(60));
        failedAt(NOW);
        queued(1);
        Job done = leased();
        transactions().inTransaction(() -> jobs().save(done.advanced(new ChunkOutcome(10, JobReport.EMPTY, Optional.empty()), NOW, NOW)));
        queued(2);
        leased();
        queued(3);

        assertThat(figures().figures(NOW.minusSeconds(60))).isEqualTo(new JobFigures(1, 1, 2));
    }
}
