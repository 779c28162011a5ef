package io.portico.persistence.bench;

import io.portico.application.access.AccessReactions;
import io.portico.application.account.Viewers;
import io.portico.application.importing.DryRunImportService;
import io.portico.application.importing.ImportFiles;
import io.portico.application.importing.ImportJob;
import io.portico.application.importing.ImportPlanner;
import io.portico.application.importing.ImportWriter;
import io.portico.application.importing.StageImportService;
import io.portico.application.importing.StartImportService;
import io.portico.application.importing.UndoImportService;
import io.portico.application.importing.port.in.DryRun;
import io.portico.application.importing.port.in.DryRunImportCommand;
import io.portico.application.importing.port.in.ImportOptions;
import io.portico.application.importing.port.in.StageImportCommand;
import io.portico.application.importing.port.in.StagedImport;
import io.portico.application.importing.port.in.StartImportCommand;
import io.portico.application.importing.port.in.UndoOutcome;
import io.portico.application.importing.port.out.ImportMappingPort;
import io.portico.application.importing.port.out.ImportStagingPort;
import io.portico.application.inbox.InMemoryNotifications;
import io.portico.application.job.JobTimings;
import io.portico.application.job.JobWorker;
import io.portico.application.job.port.out.JobPort;
import io.portico.application.shared.LineCsv;
import io.portico.application.shared.port.out.Transactions;
import io.portico.application.staff.DefaultAccountAccess;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.importing.ColumnMapping;
import io.portico.domain.job.JobId;
import io.portico.domain.job.JobState;
import io.portico.domain.staff.StaffId;
import io.portico.persistence.access.AccessAdapters;
import io.portico.persistence.account.AccountAdapters;
import io.portico.persistence.customfield.CustomFieldAdapters;
import io.portico.persistence.importing.ImportAdapters;
import io.portico.persistence.job.JobAdapters;
import io.portico.persistence.staff.StaffAdapters;
import io.portico.persistence.tag.TagAdapters;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.boot.jooq.autoconfigure.SpringTransactionProvider;

/**
 * Issue 12, Speed: import {@code -Dportico.import.rows} rows (default 100 000; one account, one contact, one or two
 * addresses each) into the database of {@link GenerateBenchData} as the app does it — the file streamed into staging
 * rows, the dry run, then the IMPORT job chunk by chunk ({@code -Dportico.import.chunk}, default 500) — beside a plain
 * {@code COPY} of the same file into a table of text columns. Prints rows per second and the heap in use after each
 * step (memory stays flat: the file is never held whole). The import is undone at the end (also timed), so the
 * database keeps its size. A tool, not a test: it prints figures and never fails.
 */
public final class RunImportBenchmark {

    private static final String HEADER = "Nome,Cognome,E-mail,E-mail 2,Telefono,Città";

    private final DataSource dataSource;
    private final int rows = Integer.getInteger("portico.import.rows", 100_000);
    private final int chunk = Integer.getInteger("portico.import.chunk", 500);

    private RunImportBenchmark(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public static void main(String[] args) throws Exception {
        try (BenchDatabase database = BenchDatabase.open()) {
            new RunImportBenchmark(database.dataSource()).run(database.description());
        }
    }

    private void run(String description) throws IOException, SQLException {
        Path file = Files.createTempFile("portico-import", ".csv");
        try {
            write(file);
            var transactionManager = new DataSourceTransactionManager(dataSource);
            DSLContext dsl = springDsl(transactionManager);
            System.out.printf("%,d accounts in %s; importing %,d rows (%,d bytes), chunks of %d%n", count(dsl, "account"), description, rows,
                    Files.size(file), chunk);
            importAndUndo(file, dsl, transactions(transactionManager));
            long copy = copy(file);
            PROFILE.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0])).limit(25)
                    .forEach(e -> System.out.printf("  %,8d ms %,7d × %s%n", e.getValue()[0] / 1_000_000, e.getValue()[1], e.getKey()));
            System.out.printf("plain COPY of the same file into a table of text columns: %,d ms, %,.0f rows/s%n", copy / 1_000_000,
                    rows / (copy / 1e9));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private DSLContext springDsl(DataSourceTransactionManager transactionManager) {
        return DSL.using(new DefaultConfiguration().set(SQLDialect.POSTGRES)
                .set(new DataSourceConnectionProvider(new TransactionAwareDataSourceProxy(dataSource)))
                .set(new SpringTransactionProvider(transactionManager))
                .set(new org.jooq.impl.DefaultExecuteListenerProvider(STATEMENTS)));
    }

    /** With -Dportico.import.profile=true: the time spent per kind of statement, printed at the end. */
    private static final java.util.Map<String, long[]> PROFILE = new java.util.concurrent.ConcurrentHashMap<>();
    private static final org.jooq.ExecuteListener STATEMENTS = new org.jooq.ExecuteListener() {
        private final ThreadLocal<Long> started = new ThreadLocal<>();

        @Override
        public void executeStart(org.jooq.ExecuteContext ctx) {
            started.set(System.nanoTime());
        }

        @Override
        public void executeEnd(org.jooq.ExecuteContext ctx) {
            if (Boolean.getBoolean("portico.import.profile") && ctx.sql() != null) {
                String sql = ctx.sql();
                long[] sum = PROFILE.computeIfAbsent(sql.substring(0, Math.min(70, sql.length())), key -> new long[2]);
                sum[0] += System.nanoTime() - started.get();
                sum[1]++;
            }
        }
    };

    /** As the app's transactions adapter: one Spring transaction, which jOOQ's statements join. */
    private static Transactions transactions(DataSourceTransactionManager transactionManager) {
        var template = new TransactionTemplate(transactionManager);
        return new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return template.execute(status -> work.get());
            }
        };
    }

    private void write(Path file) throws IOException {
        String run = UUID.randomUUID().toString().substring(0, 8);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.newLine();
            for (int i = 0; i < rows; i++) {
                String second = i % 2 == 0 ? "work." + i + "." + run + "@import.example" : "";
                out.write("Nome" + i + ",Import" + run + ",bench." + i + "." + run + "@import.example," + second + ",+39 02 " + (1_000_000 + i)
                        + ",Milano");
                out.newLine();
            }
        }
    }

    private void importAndUndo(Path file, DSLContext dsl, Transactions transactions) throws IOException, SQLException {
        Clock clock = Clock.systemUTC();
        StaffPort staff = StaffAdapters.staff(dsl);
        StaffId owner = new StaffId(UUID.fromString(String.valueOf(
                dsl.fetchValue("select id::text from staff where role = 'OWNER' and status = 'ACTIVE' limit 1"))));
        var accounts = AccountAdapters.accounts(dsl);
        var viewers = new Viewers(staff, accounts, AccountAdapters.archive(dsl));
        ImportStagingPort staging = ImportAdapters.staging(dsl);
        ImportMappingPort mappings = ImportAdapters.mappings(dsl);
        JobPort jobs = JobAdapters.jobs(dsl);
        var files = new ImportFiles(staging, TagAdapters.tags(dsl), CustomFieldAdapters.fields(dsl), viewers);
        var planner = new ImportPlanner(ImportAdapters.owners(dsl));
        var stage = new StageImportService(files, staging, mappings, new LineCsv(), transactions, clock);
        var dryRun = new DryRunImportService(files, staging, mappings, planner);
        var start = new StartImportService(files, staging, mappings, jobs, transactions, clock);
        var writer = new ImportWriter(ImportAdapters.writes(dsl), AccessAdapters.load(dsl), new AccessReactions(List.of()),
                new DefaultAccountAccess(staff), staff, clock);
        var worker = new JobWorker(jobs, List.of(new ImportJob(staging, files, planner, writer, chunk)), new InMemoryNotifications(), transactions,
                new JobTimings("bench", Duration.ofMinutes(10), Duration.ofSeconds(1)), clock);
        var undo = new UndoImportService(jobs, ImportAdapters.undo(dsl), viewers, transactions, clock);
        heap("start");

        long t0 = System.nanoTime();
        StagedImport staged;
        try (InputStream in = Files.newInputStream(file)) {
            staged = stage.stage(new StageImportCommand(owner, in));
        }
        long t1 = System.nanoTime();
        print("stage (stream the file into staging rows)", t1 - t0);
        heap("after staging");
        var mapping = new ColumnMapping(staged.mapping());
        DryRun run = dryRun.dryRun(new DryRunImportCommand(owner, staged.id(), mapping));
        long t2 = System.nanoTime();
        print("dry run (" + run.newAccounts() + " accounts, " + run.rejected() + " rejected)", t2 - t1);
        heap("after the dry run");
        JobId job = start.start(new StartImportCommand(owner, staged.id(), "benchmark.csv", mapping, ImportOptions.NONE));
        while (worker.runNext()) {
            // the import's chunks, one transaction each
        }
        long t3 = System.nanoTime();
        var done = jobs.find(job).orElseThrow();
        print("import job (" + done.report().succeeded() + " imported, state " + done.state() + ")", t3 - t2);
        heap("after the import");
        print("stage + import job", (t3 - t2) + (t1 - t0));
        if (done.state() == JobState.DONE) {
            long u0 = System.nanoTime();
            UndoOutcome outcome = undo.undo(owner, job);
            print("undo (" + outcome + ")", System.nanoTime() - u0);
        }
    }

    private void print(String step, long nanos) {
        System.out.printf("%-60s %,8d ms  %,10.0f rows/s%n", step, nanos / 1_000_000, rows / (nanos / 1e9));
    }

    private static void heap(String when) {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("  heap in use %s: %,d MB%n", when, (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));
    }

    private long copy(Path file) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("create temporary table import_copy (first_name text, last_name text, email text, email2 text, phone text, city text)");
            }
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                long start = System.nanoTime();
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy import_copy from stdin with (format csv, header true)", in);
                long took = System.nanoTime() - start;
                connection.rollback();
                return took;
            }
        }
    }

    private static int count(DSLContext dsl, String table) {
        return dsl.fetchCount(DSL.table(table));
    }
}
