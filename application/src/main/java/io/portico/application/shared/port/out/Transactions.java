package io.portico.application.shared.port.out;

import java.util.function.Supplier;

/** Runs work in one database transaction: all of it is kept, or none. */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
