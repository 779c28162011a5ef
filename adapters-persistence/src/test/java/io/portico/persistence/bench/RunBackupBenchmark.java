package io.portico.persistence.bench;

import com.zaxxer.hikari.HikariDataSource;
import io.portico.application.backup.port.BackupFile;
import io.portico.persistence.backup.BackupFiles;
import io.portico.persistence.backup.DatabaseRestore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jooq.impl.DSL;

/**
 * Issue 14, item 5: times Portico's backup of a database and its restore into another, beside a plain
 * {@code pg_dump -Fc} of the same database and its {@code pg_restore} (into {@code <restore-db>_pg}). The source is
 * only read (its schema is not migrated); the target databases are dropped and created again.
 *
 * <pre>
 * ./mvnw -B -o -q -pl adapters-persistence -am test-compile exec:java@backup-benchmark \
 *   -Dportico.jdbc-url=jdbc:postgresql://localhost:5499/bench_main -Dportico.jdbc-user=postgres -Dportico.jdbc-password=x \
 *   -Dportico.bench.restore-db=bench14_restore -Dportico.bench.pg-dump=/usr/lib/postgresql/15/bin/pg_dump \
 *   -Dportico.bench.pg-restore=/usr/lib/postgresql/15/bin/pg_restore
 * </pre>
 */
public final class RunBackupBenchmark {

    private RunBackupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.jooq.no-logo", "true");
        String url = System.getProperty("portico.jdbc-url");
        String restoreDb = System.getProperty("portico.bench.restore-db", "bench14_restore");
        Path directory = Files.createTempDirectory("portico-backup-bench-");
        try (HikariDataSource source = pool(url)) {
            long start = System.nanoTime();
            BackupFile backup = new BackupFiles(source, directory, Clock.systemUTC()).backUp("portico-bench.backup");
            report("Portico backup", start, backup.sizeBytes());
            String pgDump = System.getProperty("portico.bench.pg-dump", "");
            String pgRestore = System.getProperty("portico.bench.pg-restore", "");
            if (!pgDump.isBlank()) {
                Path dump = directory.resolve("bench.dump");
                run("pg_dump -Fc", pgTool(pgDump, url, "-Fc", "-f", dump.toString()), dump);
                if (!pgRestore.isBlank()) {
                    recreate(source, restoreDb + "_pg");
                    run("pg_restore of that dump", pgTool(pgRestore, url.substring(0, url.lastIndexOf('/') + 1) + restoreDb + "_pg",
                            "-d", restoreDb + "_pg", dump.toString()), null);
                }
            }
            String targetUrl = url.substring(0, url.lastIndexOf('/') + 1) + restoreDb;
            recreate(source, restoreDb);
            try (HikariDataSource target = pool(targetUrl)) {
                start = System.nanoTime();
                DatabaseRestore.restore(target, directory.resolve(backup.name()));
                report("Portico restore (schema at the backup's version, data, indexes)", start, -1);
                start = System.nanoTime();
                Flyway.configure().dataSource(target).load().migrate();
                report("Flyway to the current version after the restore", start, -1);
                System.out.printf("accounts: source %s, restored %s%n", count(source, "account"), count(target, "account"));
                System.out.printf("access_audit: source %s, restored %s%n", count(source, "access_audit"), count(target, "access_audit"));
            }
        } finally {
            try (var files = Files.list(directory)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(directory);
        }
    }

    /** pg_dump names its database last; pg_restore is given its target with {@code -d}, so the name is only a default. */
    private static List<String> pgTool(String tool, String url, String... arguments) {
        var jdbc = java.net.URI.create(url.substring("jdbc:".length()));
        List<String> command = new ArrayList<>(List.of(tool, "-h", jdbc.getHost(), "-p", String.valueOf(jdbc.getPort()),
                "-U", System.getProperty("portico.jdbc-user")));
        command.addAll(List.of(arguments));
        if (!List.of(arguments).contains("-d")) {
            command.add(jdbc.getPath().substring(1));
        }
        return command;
    }

    private static void run(String what, List<String> command, Path written) throws Exception {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(what + " failed");
        }
        report(what, start, written == null ? -1 : Files.size(written));
    }

    private static void recreate(DataSource admin, String database) {
        var dsl = DSL.using(admin, org.jooq.SQLDialect.POSTGRES);
        dsl.execute("drop database if exists " + database);
        dsl.execute("create database " + database);
    }

    private static Object count(DataSource dataSource, String table) {
        return DSL.using(dataSource, org.jooq.SQLDialect.POSTGRES).fetchValue("select count(*) from " + table);
    }

    private static HikariDataSource pool(String url) {
        var pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername(System.getProperty("portico.jdbc-user"));
        pool.setPassword(System.getProperty("portico.jdbc-password"));
        pool.setMaximumPoolSize(2);
        return pool;
    }

    private static void report(String what, long startNanos, long bytes) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        System.out.printf("%-66s %8.1f s%s%n", what, seconds, bytes < 0 ? "" : String.format("  %,.1f MB", bytes / 1048576.0));
    }
}
