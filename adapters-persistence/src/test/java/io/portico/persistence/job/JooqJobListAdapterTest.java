package io.portico.persistence.job;

import io.portico.application.job.JobListPortContract;
import io.portico.application.job.port.out.JobListPort;
import io.portico.application.job.port.out.JobPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import io.portico.persistence.staff.StaffAdapters;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmptyDatabase.class)
class JooqJobListAdapterTest extends JobListPortContract {

    private final TestPostgres postgres = TestPostgres.get();
    private final StaffPort staff = StaffAdapters.staff(postgres.dsl());
    private final JobPort jobs = new JooqJobAdapter(postgres.dsl());
    private final JobListPort list = new JooqJobListAdapter(postgres.dsl());

    @Override
    protected StaffPort staff() {
        return staff;
    }

    @Override
    protected JobPort jobs() {
        return jobs;
    }

    @Override
    protected JobListPort list() {
        return list;
    }

    @Override
    protected Transactions transactions() {
        return postgres.transactions();
    }
}
