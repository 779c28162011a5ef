package io.portico.persistence.email;

import io.portico.application.account.port.out.AccountPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.email.EmailReadPortContract;
import io.portico.application.email.EmailSeed;
import io.portico.application.email.port.out.EmailReadPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.persistence.account.AccountAdapters;
import io.portico.persistence.contact.ContactAdapters;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import io.portico.persistence.staff.StaffAdapters;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmptyDatabase.class)
class JooqEmailReadAdapterTest extends EmailReadPortContract {

    private final TestPostgres postgres = TestPostgres.get();
    private final StaffPort staff = StaffAdapters.staff(postgres.dsl());
    private final ContactPort contacts = ContactAdapters.contacts(postgres.dsl());
    private final AccountPort accounts = AccountAdapters.accounts(postgres.dsl());
    private final EmailReadPort emails = new JooqEmailReadAdapter(postgres.dsl());

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
    protected EmailReadPort emails() {
        return emails;
    }

    @Override
    protected void store(EmailSeed message) {
        SeededEmailRows.insert(postgres.dsl(), message);
    }
}
