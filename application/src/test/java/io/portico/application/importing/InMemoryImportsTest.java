package io.portico.application.importing;

import io.portico.application.account.InMemoryAccounts;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.audit.InMemoryAccessAudit;
import io.portico.application.audit.port.out.AccessAuditPort;
import io.portico.application.contact.InMemoryContacts;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.importing.port.out.ContactOwnersPort;
import io.portico.application.importing.port.out.ImportMappingPort;
import io.portico.application.importing.port.out.ImportStagingPort;
import io.portico.application.importing.port.out.UndoImportPort;
import io.portico.application.importing.port.out.WriteImportPort;
import io.portico.application.job.InMemoryJobs;
import io.portico.application.job.port.out.JobPort;
import io.portico.application.staff.InMemoryStaff;
import io.portico.application.staff.port.out.StaffPort;

class InMemoryImportsTest extends ImportPortsContract {

    private final InMemoryStaff staff = new InMemoryStaff();
    private final InMemoryContacts contacts = new InMemoryContacts();
    private final InMemoryAccounts accounts = new InMemoryAccounts(contacts, staff);
    private final InMemoryAccessAudit audit = new InMemoryAccessAudit();
    private final InMemoryJobs jobs = new InMemoryJobs();
    private final InMemoryImports imports = new InMemoryImports(accounts, contacts, audit);

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
    protected AccessAuditPort audit() {
        return audit;
    }

    @Override
    protected JobPort jobs() {
        return jobs;
    }

    @Override
    protected ImportStagingPort staging() {
        return imports;
    }

    @Override
    protected ImportMappingPort mappings() {
        return imports;
    }

    @Override
    protected ContactOwnersPort owners() {
        return imports;
    }

    @Override
    protected WriteImportPort writes() {
        return imports;
    }

    @Override
    protected UndoImportPort undo() {
        return imports;
    }

    @Override
    protected io.portico.application.account.port.out.AccountArchivePort archive() {
        return accounts.archive();
    }
}
