package io.portico.persistence.health;

import io.portico.application.health.HealthNoticePortContract;
import io.portico.application.health.port.out.HealthNoticePort;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmptyDatabase.class)
class JooqHealthNoticeAdapterTest extends HealthNoticePortContract {

    private final HealthNoticePort marks = new JooqHealthNoticeAdapter(TestPostgres.get().dsl());

    @Override
    protected HealthNoticePort marks() {
        return marks;
    }
}
