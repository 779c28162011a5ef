package io.portico.application.shared;

import io.portico.application.shared.port.out.Transactions;
import java.util.function.Supplier;

/** Runs the work directly; the in-memory fakes have nothing to roll back. */
public final class DirectTransactions implements Transactions {

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
