package io.portico.persistence.portal;

import io.portico.application.portal.PendingSignupPortContract;
import io.portico.application.portal.port.out.PendingSignupPort;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmptyDatabase.class)
class JooqPendingSignupAdapterTest extends PendingSignupPortContract {

    private final PendingSignupPort pending = new JooqPendingSignupAdapter(TestPostgres.get().dsl());

    @Override
    protected PendingSignupPort pending() {
        return pending;
    }
}
