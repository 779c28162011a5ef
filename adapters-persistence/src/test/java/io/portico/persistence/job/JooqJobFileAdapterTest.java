package io.portico.persistence.job;

import io.portico.application.job.JobFilePortContract;
import io.portico.application.job.port.out.JobFilePort;
import io.portico.application.job.port.out.JobPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import io.portico.persistence.staff.StaffAdapters;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmptyDatabase.class)
class JooqJobFileAdapterTest extends JobFilePortContract {

    private final TestPostgres postgres = TestPostgres.get();
    private final StaffPort staff = StaffAdapters.staff(postgres.dsl());
    private final JooqJobAdapter jobs = new JooqJobAdapter(postgres.dsl());

    @Override
    protected StaffPort staff() {
        return staff;
    }

    @Override
    protected JobPort jobs() {
        return jobs;
    }

    @Override
    protected JobFilePort files() {
        return jobs;
    }
}
