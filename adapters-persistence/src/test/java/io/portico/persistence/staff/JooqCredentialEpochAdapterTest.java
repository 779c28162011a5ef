package io.portico.persistence.staff;

import io.portico.application.portal.port.out.PortalUserPort;
import io.portico.application.session.CredentialEpochPortContract;
import io.portico.application.session.port.out.CredentialEpochPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.persistence.portal.PortalAdapters;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmptyDatabase.class)
class JooqCredentialEpochAdapterTest extends CredentialEpochPortContract {

    private final TestPostgres postgres = TestPostgres.get();

    @Override
    protected CredentialEpochPort epochs() {
        return new JooqCredentialEpochAdapter(postgres.dsl());
    }

    @Override
    protected StaffPort staff() {
        return new JooqStaffAdapter(postgres.dsl());
    }

    @Override
    protected PortalUserPort users() {
        return PortalAdapters.users(postgres.dsl());
    }
}
