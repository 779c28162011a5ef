package io.portico.persistence.backup;

import static io.portico.persistence.backup.DatabaseBackup.columnList;
import static io.portico.persistence.backup.DatabaseBackup.quote;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Issue 14, item 5: restores a backup into an empty database. Flyway first builds the schema as it was when the
 * backup was taken (the manifest's version); then every table's rows are copied in, in one transaction, with
 * triggers and foreign-key checks off ({@code session_replication_role = replica}: the rows were consistent when
 * copied, and triggers must not rewrite them). As {@code pg_restore} does, the indexes and the keys (primary, unique,
 * exclusion and foreign) are dropped before the copy and made again after it: building an index once is much faster
 * than keeping it up to date row by row, above all the trigram ones; foreign keys come back last and are checked as
 * they are added. Identity sequences continue after the largest id. The app's own Flyway then migrates to the current
 * version as on any start.
 */
public final class DatabaseRestore {

    private static final String IDENTITY_COLUMNS = """
            select c.relname, a.attname
            from pg_class c
            join pg_namespace n on n.oid = c.relnamespace
            join pg_attribute a on a.attrelid = c.oid
            where n.nspname = 'public' and a.attidentity <> '' and not a.attisdropped""";

    private static final String PLAIN_INDEXES = """
            select i.indexname, i.indexdef
            from pg_indexes i
            where i.schemaname = 'public'
              and not exists (select 1 from pg_constraint c join pg_class x on x.oid = c.conindid
                              where x.relname = i.indexname and c.connamespace = 'public'::regnamespace)""";

    /** Foreign keys last: they are added after the keys they point to, and dropped before them. */
    private static final String KEYS = """
            select c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid)
            from pg_constraint c
            where c.connamespace = 'public'::regnamespace and c.contype in ('p', 'u', 'x', 'f')
            order by c.contype = 'f', c.conrelid::regclass::text, c.conname""";

    private record Key(String table, String name, String definition) {
    }

    private DatabaseRestore() {
    }

    /**
     * @throws IllegalStateException when the database already has tables: a restore never mixes with other data
     */
    public static void restore(DataSource dataSource, Path backup) throws IOException, SQLException {
        try (var zip = new ZipFile(backup.toFile())) {
            BackupManifest manifest = manifest(zip);
            requireEmpty(dataSource);
            Flyway.configure().dataSource(dataSource).target(manifest.schemaVersion()).load().migrate();
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                List<String> indexes = dropPlainIndexes(connection);
                List<Key> keys = dropKeys(connection);
                copyIn(connection, zip, manifest);
                rebuild(connection, indexes, keys);
                continueIdentities(connection);
                connection.commit();
            }
        }
    }

    private static BackupManifest manifest(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(BackupManifest.ENTRY);
        if (entry == null) {
            throw new IOException(zip.getName() + " is not a Portico backup: it has no manifest");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return BackupManifest.read(in);
        }
    }

    private static void requireEmpty(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from pg_tables where schemaname = 'public'")) {
            rows.next();
            if (rows.getLong(1) > 0) {
                throw new IllegalStateException("a backup is restored only into an empty database; this one has tables");
            }
        }
    }

    private static void copyIn(Connection connection, ZipFile zip, BackupManifest manifest) throws IOException, SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("set local session_replication_role = replica");
        }
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        for (BackupManifest.Table table : manifest.tables()) {
            ZipEntry entry = zip.getEntry(table.entry());
            if (entry == null) {
                throw new IOException("the backup has no data for " + table.name());
            }
            try (InputStream in = zip.getInputStream(entry)) {
                long rows = copy.copyIn("copy " + quote(table.name()) + " (" + columnList(table.columns()) + ") from stdin (format binary)", in);
                if (rows != table.rows()) {
                    throw new IOException(table.name() + ": " + rows + " rows restored, the backup lists " + table.rows());
                }
            }
        }
    }

    /** @return the statements that create the dropped indexes again */
    private static List<String> dropPlainIndexes(Connection connection) throws SQLException {
        List<String> definitions = new ArrayList<>();
        try (PreparedStatement indexes = connection.prepareStatement(PLAIN_INDEXES); ResultSet rows = indexes.executeQuery();
             Statement statement = connection.createStatement()) {
            while (rows.next()) {
                definitions.add(rows.getString(2));
                statement.execute("drop index " + quote(rows.getString(1)));
            }
        }
        return definitions;
    }

    /** @return the keys dropped, in the order they are added again */
    private static List<Key> dropKeys(Connection connection) throws SQLException {
        List<Key> keys = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(KEYS); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                keys.add(new Key(rows.getString(1), quote(rows.getString(2)), rows.getString(3)));
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (Key key : keys.reversed()) {
                statement.execute("alter table " + key.table() + " drop constraint " + key.name());
            }
        }
        return keys;
    }

    private static void rebuild(Connection connection, List<String> indexes, List<Key> keys) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("set local maintenance_work_mem = '256MB'");
            for (String index : indexes) {
                statement.execute(index);
            }
            for (Key key : keys) {
                statement.execute("alter table " + key.table() + " add constraint " + key.name() + " " + key.definition());
            }
        }
    }

    private static void continueIdentities(Connection connection) throws SQLException {
        try (PreparedStatement identities = connection.prepareStatement(IDENTITY_COLUMNS); ResultSet rows = identities.executeQuery();
             Statement statement = connection.createStatement()) {
            while (rows.next()) {
                String table = quote(rows.getString(1));
                String column = quote(rows.getString(2));
                statement.execute("select setval(pg_get_serial_sequence('" + table.replace("'", "''") + "', '" + rows.getString(2).replace("'", "''")
                        + "'), coalesce(max(" + column + "), 0) + 1, false) from " + table);
            }
        }
    }
}
