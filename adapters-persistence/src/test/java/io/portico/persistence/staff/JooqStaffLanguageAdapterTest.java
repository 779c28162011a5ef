package io.portico.persistence.staff;

import io.portico.application.staff.StaffLanguagePortContract;
import io.portico.application.staff.port.out.StaffLanguagePort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmptyDatabase.class)
class JooqStaffLanguageAdapterTest extends StaffLanguagePortContract {

    private final TestPostgres postgres = TestPostgres.get();
    private final StaffPort staff = new JooqStaffAdapter(postgres.dsl());
    private final StaffLanguagePort languages = new JooqStaffLanguageAdapter(postgres.dsl());

    @Override
    protected StaffPort staff() {
        return staff;
    }

    @Override
    protected StaffLanguagePort languages() {
        return languages;
    }
}
