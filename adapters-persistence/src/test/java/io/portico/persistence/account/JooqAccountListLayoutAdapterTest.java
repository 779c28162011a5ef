package io.portico.persistence.account;

import io.portico.application.account.AccountListLayoutPortContract;
import io.portico.application.account.port.out.AccountListLayoutPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import io.portico.persistence.staff.StaffAdapters;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmptyDatabase.class)
class JooqAccountListLayoutAdapterTest extends AccountListLayoutPortContract {

    private final TestPostgres postgres = TestPostgres.get();
    private final StaffPort staff = StaffAdapters.staff(postgres.dsl());
    private final AccountListLayoutPort layouts = new JooqAccountListLayoutAdapter(postgres.dsl());

    @Override
    protected StaffPort staff() {
        return staff;
    }

    @Override
    protected AccountListLayoutPort layouts() {
        return layouts;
    }
}
