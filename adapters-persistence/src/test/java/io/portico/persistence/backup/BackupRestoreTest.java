package io.portico.persistence.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portico.application.backup.port.BackupFile;
import io.portico.persistence.embedded.EmbeddedDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, item 5: a backup restored into a fresh data directory starts with the same data: every table's rows,
 * generated columns recomputed, the same indexes and constraints, identities continuing after the restored ids.
 */
class BackupRestoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T03:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    @Test
    void issue14_item5_a_backup_restored_into_a_fresh_data_directory_has_the_same_data() throws Exception {
        Map<String, String> before;
        BackupFile backup;
        var backups = temp.resolve("backups");
        try (EmbeddedDatabase original = EmbeddedDatabase.start(temp.resolve("original"))) {
            Flyway.configure().dataSource(original.dataSource()).load().migrate();
            seed(DSL.using(original.dataSource(), SQLDialect.POSTGRES));
            backup = new BackupFiles(original.dataSource(), backups, CLOCK).backUp("portico-20261201-030000.backup");
            before = contents(DSL.using(original.dataSource(), SQLDialect.POSTGRES));
        }
        assertThat(backup.sizeBytes()).isPositive();
        assertThat(new BackupFiles(null, backups, CLOCK).list()).containsExactly(backup);

        try (EmbeddedDatabase restored = EmbeddedDatabase.start(temp.resolve("restored"))) {
            DataSource dataSource = restored.dataSource();
            DatabaseRestore.restore(dataSource, backups.resolve(backup.name()));
            Flyway.configure().dataSource(dataSource).load().migrate();
            DSLContext dsl = DSL.using(dataSource, SQLDialect.POSTGRES);

            assertThat(contents(dsl)).isEqualTo(before);
            assertThat(dsl.fetchValue("select email_key from portal_user")).as("generated column").isEqualTo("m@rossi.it");
            long lastAudit = ((Number) dsl.fetchValue("select max(id) from access_audit")).longValue();
            dsl.execute("insert into access_audit (account_id, changed_by, changed_at, event_type) "
                    + "select id, updated_by, now(), 'LOGIN' from account limit 1");
            assertThat(((Number) dsl.fetchValue("select max(id) from access_audit")).longValue()).as("identity continues").isGreaterThan(lastAudit);

            assertThatThrownBy(() -> DatabaseRestore.restore(dataSource, backups.resolve(backup.name())))
                    .as("never into a database with data").isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void issue14_item5_a_file_that_is_not_a_backup_is_refused() throws Exception {
        Path notABackup = Files.writeString(temp.resolve("portico-x.backup"), "hello");
        try (EmbeddedDatabase database = EmbeddedDatabase.start(temp.resolve("db"))) {
            assertThatThrownBy(() -> DatabaseRestore.restore(database.dataSource(), notABackup)).isInstanceOf(java.io.IOException.class);
        }
    }

    private static void seed(DSLContext dsl) {
        UUID staff = UUID.randomUUID();
        dsl.execute("insert into staff (id, first_name, last_name, email, role, password_hash) values (?, 'Anna', 'Bianchi', 'anna@studio.it', 'OWNER', 'h')",
                staff);
        for (int i = 0; i < 50; i++) {
            UUID account = UUID.randomUUID();
            dsl.execute("insert into account (id, type, name, updated_by, updated_at, created_at) values (?, 'INDIVIDUAL', ?, ?, now(), now())",
                    account, i == 0 ? "Rossi Srl" : "Cliente " + i + " àèé \"quoted\"", staff);
            dsl.execute("insert into access_audit (account_id, changed_by, changed_at, event_type, subject) values (?, ?, now(), 'LOGIN', ?)",
                    account, staff, "m" + i + "@rossi.it");
        }
        dsl.execute("insert into mail_outbox (id, recipient, subject, html_body, text_body, next_attempt_at, queued_at) "
                + "values (?, 'm@rossi.it', 'Ciao', '<p>Ciao</p>', 'Ciao', now(), now())", UUID.randomUUID());
        dsl.execute("insert into portal_user (id, email, password_hash, created_at, last_login_at) values (?, 'M@Rossi.it', 'h', now(), '2026-01-01T00:00:00Z')",
                UUID.randomUUID());
    }

    /** Every table's row count and a digest of its rows in a stable order. */
    private static Map<String, String> contents(DSLContext dsl) {
        Map<String, String> contents = new LinkedHashMap<>();
        for (var table : dsl.fetch("select tablename from pg_tables where schemaname = 'public' and tablename <> 'flyway_schema_history' "
                + "order by tablename").getValues(0, String.class)) {
            contents.put(table, dsl.fetchValue("select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from \""
                    + table + "\" t").toString());
        }
        contents.put("indexes", dsl.fetchValue("select md5(string_agg(indexdef, '|' order by indexname)) from pg_indexes where schemaname = 'public'")
                .toString());
        contents.put("constraints", dsl.fetchValue("select md5(string_agg(conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) "
                + "|| ' ' || convalidated, '|' order by conrelid::regclass::text, conname)) from pg_constraint where connamespace = 'public'::regnamespace")
                .toString());
        return contents;
    }
}
