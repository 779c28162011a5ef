package io.portico.persistence.embedded;

import java.nio.file.Path;

/**
 * An app that starts the embedded database and runs until it is killed: {@link EmbeddedDatabaseTest}
 * runs it as a JVM of its own and kills it with SIGKILL, as {@code kill -9} would.
 */
public final class AppKilledWhileRunning {

    static final String READY = "READY ";

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]));
        System.out.println(READY + database.jdbcUrl());
        System.out.flush();
        // until killed; should the test JVM die first, its end of stdin closes and this returns
        while (System.in.read() != -1) {
            // nothing to read
        }
    }
}
