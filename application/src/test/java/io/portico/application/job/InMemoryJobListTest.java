package io.portico.application.job;

import io.portico.application.job.port.out.JobListPort;
import io.portico.application.job.port.out.JobPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.InMemoryStaff;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.application.shared.DirectTransactions;

class InMemoryJobListTest extends JobListPortContract {

    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryJobs jobs = new InMemoryJobs();
    private final InMemoryJobList list = new InMemoryJobList(jobs, staff);

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
        return new DirectTransactions();
    }
}
