package io.portico.persistence.importing;

import io.portico.application.account.port.out.AccountPort;
import io.portico.application.audit.port.out.AccessAuditPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.importing.ImportPortsContract;
import io.portico.application.importing.port.out.ContactOwnersPort;
import io.portico.application.importing.port.out.ImportMappingPort;
import io.portico.application.importing.port.out.ImportStagingPort;
import io.portico.application.importing.port.out.UndoImportPort;
import io.portico.application.importing.port.out.WriteImportPort;
import io.portico.application.job.port.out.JobPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.persistence.account.AccountAdapters;
import io.portico.persistence.audit.AuditAdapters;
import io.portico.persistence.contact.ContactAdapters;
import io.portico.persistence.job.JobAdapters;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import io.portico.persistence.staff.StaffAdapters;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmptyDatabase.class)
class JooqImportAdapterTest extends ImportPortsContract {

    private final TestPostgres postgres = TestPostgres.get();
    private final JooqImportStagingAdapter staging = new JooqImportStagingAdapter(postgres.dsl());
    private final JooqImportAdapter imports = new JooqImportAdapter(postgres.dsl());

    @Override
    protected StaffPort staff() {
        return StaffAdapters.staff(postgres.dsl());
    }

    @Override
    protected ContactPort contacts() {
        return ContactAdapters.contacts(postgres.dsl());
    }

    @Override
    protected AccountPort accounts() {
        return AccountAdapters.accounts(postgres.dsl());
    }

    @Override
    protected AccessAuditPort audit() {
        return AuditAdapters.audit(postgres.dsl());
    }

    @Override
    protected JobPort jobs() {
        return JobAdapters.jobs(postgres.dsl());
    }

    @Override
    protected ImportStagingPort staging() {
        return staging;
    }

    @Override
    protected ImportMappingPort mappings() {
        return staging;
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
        return io.portico.persistence.account.AccountAdapters.archive(postgres.dsl());
    }
}
