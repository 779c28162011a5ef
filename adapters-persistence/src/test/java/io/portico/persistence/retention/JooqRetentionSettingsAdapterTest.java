package io.portico.persistence.retention;

import io.portico.application.firm.port.out.FirmPort;
import io.portico.application.retention.RetentionSettingsPortContract;
import io.portico.application.retention.port.out.RetentionSettingsPort;
import io.portico.persistence.firm.FirmAdapters;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmptyDatabase.class)
class JooqRetentionSettingsAdapterTest extends RetentionSettingsPortContract {

    private final TestPostgres postgres = TestPostgres.get();
    private final FirmPort firms = FirmAdapters.firms(postgres.dsl());
    private final RetentionSettingsPort settings = new JooqRetentionSettingsAdapter(postgres.dsl());

    @Override
    protected FirmPort firms() {
        return firms;
    }

    @Override
    protected RetentionSettingsPort settings() {
        return settings;
    }
}
