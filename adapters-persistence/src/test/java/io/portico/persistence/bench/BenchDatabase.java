package io.portico.persistence.bench;

import com.zaxxer.hikari.HikariDataSource;
import io.portico.persistence.embedded.EmbeddedDatabase;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The database of the generator and the benchmark: {@code -Dportico.jdbc-url=…} (with
 * {@code -Dportico.jdbc-user}, {@code -Dportico.jdbc-password}) or, by default, an embedded PostgreSQL
 * with its data in {@code data/bench/postgres} (relative to the working directory, the project root),
 * apart from the app's {@code data/postgres}. Migrated by Flyway on opening.
 */
final class BenchDatabase implements AutoCloseable {

    static final Path DEFAULT_DATA_DIRECTORY = Path.of("data", "bench", "postgres");

    private final EmbeddedDatabase embedded;
    private final HikariDataSource external;
    private final DataSource dataSource;
    private final String description;

    private BenchDatabase(EmbeddedDatabase embedded, HikariDataSource external) {
        this.embedded = embedded;
        this.external = external;
        this.dataSource = embedded != null ? embedded.dataSource() : external;
        this.description = embedded != null ? "embedded PostgreSQL, data in " + embedded.dataDirectory() : external.getJdbcUrl();
    }

    static BenchDatabase open() {
        // jOOQ's banner and tips are noise in a tool's output
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        String url = System.getProperty("portico.jdbc-url", "");
        BenchDatabase database;
        if (url.isBlank()) {
            Path directory = Path.of(System.getProperty("portico.bench.data-dir", DEFAULT_DATA_DIRECTORY.toString()));
            database = new BenchDatabase(EmbeddedDatabase.start(directory), null);
        } else {
            var pool = new HikariDataSource();
            pool.setPoolName("bench");
            pool.setJdbcUrl(url);
            pool.setUsername(System.getProperty("portico.jdbc-user"));
            pool.setPassword(System.getProperty("portico.jdbc-password"));
            database = new BenchDatabase(null, pool);
        }
        try {
            Flyway.configure().dataSource(database.dataSource).load().migrate();
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    DataSource dataSource() {
        return dataSource;
    }

    String description() {
        return description;
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        } else {
            external.close();
        }
    }
}
