package io.portico.application.job;

import io.portico.application.job.port.out.JobFiguresPort;
import io.portico.application.job.port.out.JobPort;
import io.portico.application.shared.DirectTransactions;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.InMemoryStaff;
import io.portico.application.staff.port.out.StaffPort;

class InMemoryJobFiguresTest extends JobFiguresPortContract {

    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryJobs jobs = new InMemoryJobs();

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
        return jobs;
    }

    @Override
    protected Transactions transactions() {
        return new DirectTransactions();
    }
}
