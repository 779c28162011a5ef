package io.portico.persistence.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * Issue 14, item 5: what a backup holds — the Flyway version its schema was at, when it was taken, and each table
 * with the columns its data was copied in (generated ones left out: the restore computes them) and its row count.
 * Stored as the archive's {@code manifest.properties}.
 */
record BackupManifest(int format, String schemaVersion, Instant takenAt, List<Table> tables) {

    static final int FORMAT = 1;
    static final String ENTRY = "manifest.properties";

    record Table(String name, List<String> columns, long rows) {

        Table {
            columns = List.copyOf(columns);
        }

        /** The archive entry holding the table's rows in PostgreSQL's binary COPY format. */
        String entry() {
            return "data/" + name + ".copy";
        }
    }

    BackupManifest {
        tables = List.copyOf(tables);
    }

    void write(OutputStream out) throws IOException {
        var properties = new Properties();
        properties.setProperty("format", String.valueOf(format));
        properties.setProperty("schema-version", schemaVersion);
        properties.setProperty("taken-at", takenAt.toString());
        properties.setProperty("tables", String.join(",", tables.stream().map(Table::name).toList()));
        for (Table table : tables) {
            properties.setProperty("table." + table.name() + ".columns", String.join(",", table.columns()));
            properties.setProperty("table." + table.name() + ".rows", String.valueOf(table.rows()));
        }
        properties.store(out, "Portico backup");
    }

    static BackupManifest read(InputStream in) throws IOException {
        var properties = new Properties();
        properties.load(in);
        int format = Integer.parseInt(required(properties, "format"));
        if (format != FORMAT) {
            throw new IOException("backup format " + format + " is not known to this version of Portico");
        }
        List<Table> tables = new ArrayList<>();
        for (String name : split(required(properties, "tables"))) {
            tables.add(new Table(name, split(required(properties, "table." + name + ".columns")),
                    Long.parseLong(required(properties, "table." + name + ".rows"))));
        }
        return new BackupManifest(format, required(properties, "schema-version"), Instant.parse(required(properties, "taken-at")), tables);
    }

    private static String required(Properties properties, String key) throws IOException {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IOException("the backup's manifest has no " + key);
        }
        return value;
    }

    private static List<String> split(String list) {
        return list.isEmpty() ? List.of() : Arrays.asList(list.split(","));
    }
}
