package io.portico.application.export;

import io.portico.application.account.InMemoryAccounts;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.InMemoryContacts;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.export.port.out.ExportFilePort;
import io.portico.application.job.InMemoryJobs;
import io.portico.application.job.port.out.JobPort;
import io.portico.application.portal.InMemoryPortalUsers;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.staff.InMemoryStaff;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.application.tag.InMemoryTags;

class InMemoryExportFilesTest extends ExportFilePortContract {

    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryContacts contacts = new InMemoryContacts();
    private final InMemoryPortalUsers users = new InMemoryPortalUsers();
    private final InMemoryAccounts accounts = new InMemoryAccounts(contacts, staff, new InMemoryTags(), users);
    private final InMemoryJobs jobs = new InMemoryJobs();
    private final InMemoryExportFiles exports = new InMemoryExportFiles();

    @Override
    protected StaffPort staff() {
        return staff;
    }

    @Override
    protected ContactPort contacts() {
        return contacts;
    }

    @Override
    protected AccountPort accounts() {
        return accounts;
    }

    @Override
    protected PortalUserPort users() {
        return users;
    }

    @Override
    protected JobPort jobs() {
        return jobs;
    }

    @Override
    protected ExportFilePort exports() {
        return exports;
    }
}
