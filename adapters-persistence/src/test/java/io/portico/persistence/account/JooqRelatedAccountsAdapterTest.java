package io.portico.persistence.account;

import io.portico.application.account.RelatedAccountsPortContract;
import io.portico.application.account.port.out.AccountPort;
import io.portico.application.account.port.out.RelatedAccountsPort;
import io.portico.application.contact.port.out.ContactPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.persistence.contact.ContactAdapters;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import io.portico.persistence.staff.StaffAdapters;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmptyDatabase.class)
class JooqRelatedAccountsAdapterTest extends RelatedAccountsPortContract {

    private final TestPostgres postgres = TestPostgres.get();
    private final StaffPort staff = StaffAdapters.staff(postgres.dsl());
    private final ContactPort contacts = ContactAdapters.contacts(postgres.dsl());
    private final AccountPort accounts = new JooqAccountAdapter(postgres.dsl());
    private final RelatedAccountsPort related = new JooqRelatedAccountsAdapter(postgres.dsl());

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
    protected RelatedAccountsPort related() {
        return related;
    }
}
