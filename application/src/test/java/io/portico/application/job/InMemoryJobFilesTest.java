package io.portico.application.job;

import io.portico.application.job.port.out.JobFilePort;
import io.portico.application.job.port.out.JobPort;
import io.portico.application.staff.InMemoryStaff;
import io.portico.application.staff.port.out.StaffPort;

class InMemoryJobFilesTest extends JobFilePortContract {

    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryJobs jobs = new InMemoryJobs();
    private final InMemoryJobFiles files = new InMemoryJobFiles();

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
        return files;
    }
}
