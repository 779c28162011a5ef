package io.portico.persistence.message;

import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.message.MessagePortContract;
import io.portico.application.message.port.out.MessagePort;
import io.portico.application.message.port.out.MessageReadPort;
import io.portico.application.message.port.out.VisibleAccountsPort;
import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.persistence.account.AccountAdapters;
import io.portico.persistence.contact.ContactAdapters;
import io.portico.persistence.portal.PortalAdapters;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import io.portico.persistence.staff.StaffAdapters;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmptyDatabase.class)
class JooqMessageAdapterTest extends MessagePortContract {

    private final TestPostgres postgres = TestPostgres.get();
    private final StaffPort staff = StaffAdapters.staff(postgres.dsl());
    private final ContactPort contacts = ContactAdapters.contacts(postgres.dsl());
    private final AccountPort accounts = AccountAdapters.accounts(postgres.dsl());
    private final PortalUserPort users = PortalAdapters.users(postgres.dsl());
    private final JooqMessageAdapter messages = new JooqMessageAdapter(postgres.dsl());
    private final VisibleAccountsPort visible = new JooqVisibleAccountsAdapter(postgres.dsl());

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
    protected MessagePort messages() {
        return messages;
    }

    @Override
    protected MessageReadPort reads() {
        return messages;
    }

    @Override
    protected VisibleAccountsPort visibleAccounts() {
        return visible;
    }

    @Override
    protected io.portico.application.account.port.out.AccountArchivePort archive() {
        return io.portico.persistence.account.AccountAdapters.archive(postgres.dsl());
    }
}
