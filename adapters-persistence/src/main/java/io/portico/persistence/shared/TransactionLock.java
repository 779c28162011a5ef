package io.portico.persistence.shared;

import static org.jooq.impl.DSL.val;

import org.jooq.DSLContext;

/**
 * A lock on a name, held until the transaction ends (a PostgreSQL advisory lock on the name's hash): whoever takes
 * the same name, on any node, waits for it, so a check and the write it decides are never interleaved.
 */
public final class TransactionLock {

    private TransactionLock() {
    }

    public static void hold(DSLContext transaction, String name) {
        transaction.fetch("select pg_advisory_xact_lock(hashtextextended({0}, 0))", val(name));
    }
}
