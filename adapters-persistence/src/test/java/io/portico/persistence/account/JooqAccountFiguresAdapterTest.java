package io.portico.persistence.account;

import io.portico.application.account.AccountFiguresPortContract;
import io.portico.application.account.port.out.AccountFiguresPort;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.portal.port.out.UnlinkedAccessPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.persistence.contact.ContactAdapters;
import io.portico.persistence.portal.PortalAdapters;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import io.portico.persistence.staff.StaffAdapters;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmptyDatabase.class)
class JooqAccountFiguresAdapterTest extends AccountFiguresPortContract {

    private final TestPostgres postgres = TestPostgres.get();
    private final StaffPort staff = StaffAdapters.staff(postgres.dsl());
    private final ContactPort contacts = ContactAdapters.contacts(postgres.dsl());
    private final AccountPort accounts = new JooqAccountAdapter(postgres.dsl());
    private final AccountFiguresPort figures = new JooqAccountFiguresAdapter(postgres.dsl());

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
    protected AccountFiguresPort figures() {
        return figures;
    }

    @Override
    protected UnlinkedAccessPort unlinked() {
        return PortalAdapters.unlinked(postgres.dsl());
    }

    @Override
    protected PortalUserPort users() {
        return PortalAdapters.users(postgres.dsl());
    }
}
