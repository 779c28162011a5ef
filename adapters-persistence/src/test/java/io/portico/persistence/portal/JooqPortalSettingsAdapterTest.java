package io.portico.persistence.portal;

import io.portico.application.portal.PortalSettingsPortContract;
import io.portico.application.portal.port.out.PortalSettingsPort;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import io.portico.persistence.staff.StaffAdapters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmptyDatabase.class)
class JooqPortalSettingsAdapterTest extends PortalSettingsPortContract {

    private final TestPostgres postgres = TestPostgres.get();
    private final StaffPort staff = StaffAdapters.staff(postgres.dsl());
    private final PortalSettingsPort settings = new JooqPortalSettingsAdapter(postgres.dsl());

    /** The settings live on the firm's row. */
    @BeforeEach
    void firm() {
        postgres.dsl().execute("insert into firm (id, name, created_at) values (gen_random_uuid(), 'Studio', now())");
    }

    @Override
    protected StaffPort staff() {
        return staff;
    }

    @Override
    protected PortalSettingsPort settings() {
        return settings;
    }
}
