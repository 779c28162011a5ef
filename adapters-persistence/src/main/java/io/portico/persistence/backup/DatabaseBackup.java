package io.portico.persistence.backup;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Issue 14, item 5: a backup written by the app itself — the embedded PostgreSQL bundle has no {@code pg_dump}, and
 * an installed one must match the server's major version. Every table of the {@code public} schema (but Flyway's
 * history: the restore's own Flyway writes it) is copied in PostgreSQL's binary COPY format into one ZIP, all in
 * one read-only REPEATABLE READ transaction, so the tables are one consistent moment. The schema is not copied:
 * the manifest's Flyway version recreates it.
 */
final class DatabaseBackup {

    private static final String COLUMNS = """
            select c.relname, a.attname
            from pg_class c
            join pg_namespace n on n.oid = c.relnamespace
            join pg_attribute a on a.attrelid = c.oid
            where n.nspname = 'public' and c.relkind in ('r', 'p') and c.relname <> 'flyway_schema_history'
              and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
            order by c.relname, a.attnum""";
    private static final String SCHEMA_VERSION = """
            select version from flyway_schema_history
            where success and version is not null order by installed_rank desc limit 1""";

    private DatabaseBackup() {
    }

    /** Writes the whole database to {@code out} (left open) and says what it wrote. */
    static BackupManifest write(DataSource dataSource, OutputStream out, Instant now) throws IOException, SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                return write(connection, out, now);
            } finally {
                connection.rollback();
            }
        }
    }

    private static BackupManifest write(Connection connection, OutputStream out, Instant now) throws IOException, SQLException {
        String version = single(connection, SCHEMA_VERSION);
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        var zip = new ZipOutputStream(new FilterOutputStream(out) {
            @Override
            public void close() throws IOException {
                flush(); // the caller closes its own stream
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }
        });
        // speed over the last percent of size: most of a backup's time is spent compressing
        zip.setLevel(Deflater.BEST_SPEED);
        List<BackupManifest.Table> tables = new ArrayList<>();
        for (Map.Entry<String, List<String>> table : columns(connection).entrySet()) {
            var written = new BackupManifest.Table(table.getKey(), table.getValue(), 0);
            zip.putNextEntry(new ZipEntry(written.entry()));
            long rows = copy.copyOut("copy " + quote(table.getKey()) + " (" + columnList(table.getValue()) + ") to stdout (format binary)", zip);
            zip.closeEntry();
            tables.add(new BackupManifest.Table(table.getKey(), table.getValue(), rows));
        }
        var manifest = new BackupManifest(BackupManifest.FORMAT, version, now, tables);
        zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
        manifest.write(zip);
        zip.closeEntry();
        zip.finish();
        zip.close();
        return manifest;
    }

    private static Map<String, List<String>> columns(Connection connection) throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(COLUMNS); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                columns.computeIfAbsent(rows.getString(1), table -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        return columns;
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
                throw new SQLException("the database has no Flyway schema version");
            }
            return rows.getString(1);
        }
    }

    static String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(DatabaseBackup::quote).toList());
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
