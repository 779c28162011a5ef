package io.portico.application.throttle;

import io.portico.application.shared.DirectTransactions;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.throttle.port.out.AttemptCounterPort;

class InMemoryAttemptCountersTest extends AttemptCounterPortContract {

    private final InMemoryAttemptCounters counters = new InMemoryAttemptCounters();

    @Override
    protected AttemptCounterPort counters() {
        return counters;
    }

    @Override
    protected Transactions transactions() {
        return new DirectTransactions();
    }
}
