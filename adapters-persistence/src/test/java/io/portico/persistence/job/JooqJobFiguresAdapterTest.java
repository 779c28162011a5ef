package io.portico.persistence.job;

import io.portico.application.job.JobFiguresPortContract;
import io.portico.application.job.port.out.JobFiguresPort;
import io.portico.application.job.port.out.JobPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import io.portico.persistence.staff.StaffAdapters;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmptyDatabase.class)
class JooqJobFiguresAdapterTest extends JobFiguresPortContract {

    private final TestPostgres postgres = TestPostgres.get();
    private final StaffPort staff = StaffAdapters.staff(postgres.dsl());
    private final JobPort jobs = new JooqJobAdapter(postgres.dsl());
    private final JobFiguresPort figures = new JooqJobFiguresAdapter(postgres.dsl());

    @Override
    protected StaffPort staff() {
        return staff;
    }

    @Override
    protected JobPort jobs() {
        return jobs;
    }

    @Override
    protected JobFiguresPort figures() {
        return figures;
    }

    @Override
    protected Transactions transactions() {
        return postgres.transactions();
    }
}
