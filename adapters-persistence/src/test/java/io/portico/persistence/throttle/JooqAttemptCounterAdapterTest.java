package io.portico.persistence.throttle;

import io.portico.application.shared.port.out.Transactions;
import io.portico.application.throttle.AttemptCounterPortContract;
import io.portico.application.throttle.port.out.AttemptCounterPort;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import org.junit.jupiter.api.extension.ExtendWith;

/** The contract on PostgreSQL, whose parallel test runs each attempt in a transaction of its own. */
@ExtendWith(EmptyDatabase.class)
class JooqAttemptCounterAdapterTest extends AttemptCounterPortContract {

    private final TestPostgres postgres = TestPostgres.get();
    private final JooqAttemptCounterAdapter counters = new JooqAttemptCounterAdapter(postgres.dsl());

    @Override
    protected AttemptCounterPort counters() {
        return counters;
    }

    @Override
    protected Transactions transactions() {
        return postgres.transactions();
    }
}
