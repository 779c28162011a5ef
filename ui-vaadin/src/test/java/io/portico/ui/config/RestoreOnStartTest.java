package io.portico.ui.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.backup.port.in.BackUpDailyUseCase;
import io.portico.application.backup.port.in.BackupResult;
import io.portico.application.firm.port.in.FirmQuery;
import io.portico.application.firm.port.in.SetUpFirmUseCase;
import io.portico.ui.PorticoApplication;
import io.portico.ui.support.TestFirm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 14, item 5: the running app backs up its embedded database; the app started on a fresh data
 * directory with {@code --portico.restore=<that file>} comes up with the same data, migrated to the current version.
 */
@Order(Integer.MAX_VALUE) // after the view tests, whose cached context must stay the last one created
class RestoreOnStartTest {

    @TempDir
    Path temp;

    @Test
    void issue14_item5_a_backup_restored_into_a_fresh_data_directory_starts_the_app_with_the_same_data() {
        Map<String, String> before;
        Path backup;
        try (ConfigurableApplicationContext app = start(temp.resolve("original"))) {
            TestFirm.ensure(app.getBean(FirmQuery.class), app.getBean(SetUpFirmUseCase.class));
            DSLContext dsl = app.getBean(DSLContext.class);
            UUID owner = (UUID) dsl.fetchValue("select id from staff where role = 'OWNER'");
            for (int i = 0; i < 20; i++) {
                dsl.execute("insert into account (id, type, name, updated_by, updated_at, created_at) values (?, 'INDIVIDUAL', ?, ?, now(), now())",
                        UUID.randomUUID(), "Cliente " + i, owner);
            }
            before = contents(dsl);
            // read first: the run itself is recorded (backup_run) after its file is written, so not in it. The daily
            // backup's entry: Back up now's job writes the same file, but its own job row (RUNNING) would be in it too
            var written = (BackupResult.Written) app.getBean(BackUpDailyUseCase.class).backUp();
            backup = temp.resolve("original").resolve("backups").resolve(written.backup().name());
        }
        assertThat(backup).isRegularFile();

        try (ConfigurableApplicationContext restored = start(temp.resolve("fresh"), "portico.restore=" + backup)) {
            assertThat(restored.getBean(FirmQuery.class).firm()).hasValueSatisfying(firm -> assertThat(firm.name().value()).isEqualTo(TestFirm.NAME));
            assertThat(contents(restored.getBean(DSLContext.class))).isEqualTo(before);
        }
        assertThat(Files.exists(temp.resolve("fresh").resolve("postgres"))).isTrue();
    }

    /** Command-line arguments: they outrank application.properties (the builder's properties would not). */
    private static ConfigurableApplicationContext start(Path dataDir, String... more) {
        List<String> arguments = new ArrayList<>(List.of("--portico.data-dir=" + dataDir, "--portico.mail.dispatch.enabled=false",
                "--portico.jobs.enabled=false", "--portico.email-sync.enabled=false", "--portico.backups.enabled=false", "--server.port=0",
                "--spring.main.banner-mode=off"));
        Stream.of(more).map(argument -> "--" + argument).forEach(arguments::add);
        return new SpringApplicationBuilder(PorticoApplication.class).run(arguments.toArray(String[]::new));
    }

    /** Every table's row count and a digest of its rows in a stable order. */
    private static Map<String, String> contents(DSLContext dsl) {
        Map<String, String> contents = new LinkedHashMap<>();
        for (var table : dsl.fetch("select tablename from pg_tables where schemaname = 'public' order by tablename").getValues(0, String.class)) {
            String digest = table.equals("flyway_schema_history")
                    ? "select count(*) || ':' || max(version::int) from flyway_schema_history where version is not null"
                    : "select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from \"" + table + "\" t";
            contents.put(table, dsl.fetchValue(digest).toString());
        }
        return contents;
    }
}
