package io.portico.persistence.erasure;

import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactListPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.erasure.ErasurePortContract;
import io.portico.application.erasure.port.out.ErasePort;
import io.portico.application.erasure.port.out.ErasureScopePort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.persistence.account.AccountAdapters;
import io.portico.persistence.contact.ContactAdapters;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import io.portico.persistence.staff.StaffAdapters;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmptyDatabase.class)
class JooqErasureAdapterTest extends ErasurePortContract {

    private final TestPostgres postgres = TestPostgres.get();
    private final JooqErasureAdapter erasure = new JooqErasureAdapter(postgres.dsl());

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
    protected ContactListPort links() {
        return ContactAdapters.list(postgres.dsl());
    }

    @Override
    protected ErasureScopePort scope() {
        return erasure;
    }

    @Override
    protected ErasePort erase() {
        return erasure;
    }
}
