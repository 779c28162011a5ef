package io.portico.persistence.job;

import static io.portico.persistence.jooq.Tables.JOB;
import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.job.JobPortContract;
import io.portico.application.job.port.out.JobPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.job.Job;
import io.portico.domain.job.JobId;
import io.portico.domain.job.JobParameters;
import io.portico.domain.job.JobType;
import io.portico.domain.staff.StaffId;
import io.portico.persistence.shared.Concurrently;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import io.portico.persistence.staff.StaffAdapters;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmptyDatabase.class)
class JooqJobAdapterTest extends JobPortContract {

    private final TestPostgres postgres = TestPostgres.get();
    private final StaffPort staff = StaffAdapters.staff(postgres.dsl());
    private final JobPort jobs = new JooqJobAdapter(postgres.dsl());

    @Override
    protected StaffPort staff() {
        return staff;
    }

    @Override
    protected JobPort jobs() {
        return jobs;
    }

    @Override
    protected Transactions transactions() {
        return postgres.transactions();
    }

    /** The check and the add of two callers racing are serialised: one job is added, the other caller finds it. */
    @Test
    void issue14_5_two_callers_adding_a_backup_alone_at_once_add_one() throws Exception {
        StaffId owner = staff.active().getFirst().id();
        var ready = new CountDownLatch(2);
        var found = Concurrently.run(() -> addAlone(owner, ready), () -> addAlone(owner, ready));

        assertThat(found).filteredOn(Optional::isEmpty).hasSize(1);
        assertThat(postgres.dsl().fetchCount(JOB, JOB.KIND.eq(JobType.BACKUP.name()))).isEqualTo(1);
    }

    private Optional<JobId> addAlone(StaffId owner, CountDownLatch ready) {
        var job = Job.queued(JobType.BACKUP, new JobParameters(Map.of()), 1, owner, Instant.now());
        return postgres.transactions().inTransaction(() -> {
            Concurrently.arriveAndAwait(ready);
            return jobs.addAlone(job);
        });
    }
}
