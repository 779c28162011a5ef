package io.portico.ui.bench;

import io.portico.application.export.port.in.DownloadExportCommand;
import io.portico.application.export.port.in.DownloadExportUseCase;
import io.portico.application.export.port.in.ExportAccountCommand;
import io.portico.application.export.port.in.ExportAccountUseCase;
import io.portico.application.export.port.in.ExportDownload;
import io.portico.application.job.port.in.RunJobsUseCase;
import io.portico.domain.account.AccountId;
import io.portico.domain.export.ExportRequester;
import io.portico.domain.job.JobId;
import io.portico.domain.staff.StaffId;
import io.portico.ui.PorticoApplication;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 14, Speed: the export of the account with the most synced mail of the bench database (the email tab
 * benchmark's, 5,000 messages among 205,000) through the app's own beans — the use case, the job (jOOQ reads, the
 * ZIP of JSON and CSV, the stored parts) and the download. Target: ≤ 10 s. A tool, not a test: it prints figures.
 *
 * <p>The database: {@code -Dportico.jdbc-url} (+ {@code -Dportico.jdbc-user}, {@code -Dportico.jdbc-password});
 * Flyway brings it to the current schema. {@code -Dportico.runs} (default 3) exports, each left behind for 24 hours.
 */
public final class ExportBenchmark {

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("portico.jdbc-url", "jdbc:postgresql://localhost:5499/bench14_export");
        int runs = Integer.getInteger("portico.runs", 3);
        var dataDir = Files.createTempDirectory("portico-export-bench");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PorticoApplication.class)
                .properties("portico.data-dir=" + dataDir, "spring.datasource.url=" + url,
                        "spring.datasource.username=" + System.getProperty("portico.jdbc-user", "postgres"),
                        "spring.datasource.password=" + System.getProperty("portico.jdbc-password", "x"),
                        "server.port=0", "logging.level.root=WARN", "spring.main.banner-mode=off")
                .run("--portico.email-sync.enabled=false", "--portico.mail.dispatch.enabled=false", "--portico.jobs.enabled=false")) {
            DSLContext dsl = app.getBean(DSLContext.class);
            UUID account = dsl.fetchSingle("""
                    select e.account_id from email_access e join email_message_address a on a.address = e.email_key
                    where e.email_sync group by e.account_id order by count(*) desc limit 1""").get(0, UUID.class);
            UUID owner = dsl.fetchSingle("select id from staff where role = 'OWNER' and status = 'ACTIVE' order by id limit 1")
                    .get(0, UUID.class);
            long mail = dsl.fetchSingle("""
                    select count(distinct a.message_id) from email_access e join email_message_address a on a.address = e.email_key
                    where e.account_id = ? and e.email_sync""", account).get(0, Long.class);
            System.out.printf("%,d accounts, %,d synced messages; account %s with %,d of them; %d cores, load %s%n",
                    dsl.fetchSingle("select count(*) from account").get(0, Long.class),
                    dsl.fetchSingle("select count(*) from email_message").get(0, Long.class), account, mail,
                    Runtime.getRuntime().availableProcessors(), load());
            for (int run = 1; run <= runs; run++) {
                export(app, new StaffId(owner), new AccountId(account), run);
            }
            System.out.printf("load after: %s%n", load());
        }
    }

    private static void export(ConfigurableApplicationContext app, StaffId owner, AccountId account, int run) {
        long start = System.nanoTime();
        JobId job = app.getBean(ExportAccountUseCase.class).export(new ExportAccountCommand(owner, account));
        RunJobsUseCase worker = app.getBean(RunJobsUseCase.class);
        while (worker.runNext()) {
            // runs queued jobs (this export among them) until none is left
        }
        long built = System.nanoTime();
        var download = (ExportDownload.Available) app.getBean(DownloadExportUseCase.class)
                .download(new DownloadExportCommand(new ExportRequester.Staff(owner), job));
        var counted = new long[1];
        download.writeTo(new OutputStream() {
            @Override
            public void write(int b) {
                counted[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                counted[0] += len;
            }
        });
        long done = System.nanoTime();
        System.out.printf("run %d: built in %.2f s, downloaded in %.2f s, total %.2f s; ZIP %,d bytes%n", run, (built - start) / 1e9,
                (done - built) / 1e9, (done - start) / 1e9, counted[0]);
    }

    private static String load() {
        try {
            return Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
