package io.portico.persistence.embedded;

/** A running PostgreSQL server on localhost, however it was started. */
interface Server extends AutoCloseable {

    int port();

    /** Stops the server (fast shutdown: open transactions are rolled back, committed data is kept). */
    @Override
    void close();
}
