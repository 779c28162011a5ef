package io.portico.persistence.importing;

import static io.portico.persistence.jooq.Tables.ACCOUNT;
import static io.portico.persistence.jooq.Tables.CONTACT;
import static io.portico.persistence.jooq.Tables.IMPORT_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import io.portico.application.access.AccessReactions;
import io.portico.application.account.AccountFixtures;
import io.portico.application.account.Viewers;
import io.portico.application.importing.ImportFiles;
import io.portico.application.importing.ImportJob;
import io.portico.application.importing.ImportPlanner;
import io.portico.application.importing.ImportWriter;
import io.portico.application.importing.StageImportService;
import io.portico.application.importing.StartImportService;
import io.portico.application.importing.port.in.ImportOptions;
import io.portico.application.importing.port.in.StageImportCommand;
import io.portico.application.importing.port.in.StartImportCommand;
import io.portico.application.importing.port.out.WriteImportPort;
import io.portico.application.inbox.InMemoryNotifications;
import io.portico.application.job.JobTimings;
import io.portico.application.job.JobWorker;
import io.portico.application.job.port.out.JobPort;
import io.portico.application.shared.LineCsv;
import io.portico.application.shared.MutableClock;
import io.portico.application.staff.DefaultAccountAccess;
import io.portico.application.staff.port.out.StaffPort;
import io.portico.domain.importing.ColumnMapping;
import io.portico.domain.job.JobId;
import io.portico.domain.job.JobProblem;
import io.portico.domain.job.JobState;
import io.portico.domain.staff.StaffId;
import io.portico.domain.staff.StaffRole;
import io.portico.persistence.access.AccessAdapters;
import io.portico.persistence.account.AccountAdapters;
import io.portico.persistence.customfield.CustomFieldAdapters;
import io.portico.persistence.job.JobAdapters;
import io.portico.persistence.shared.EmptyDatabase;
import io.portico.persistence.shared.TestPostgres;
import io.portico.persistence.staff.StaffAdapters;
import io.portico.persistence.tag.TagAdapters;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 12 items 1 and 7 on PostgreSQL: a chunk of an import that fails after writing leaves nothing of itself,
 * and the job, retried, ends with every valid row imported once and every bad row reported once.
 */
@ExtendWith(EmptyDatabase.class)
class ImportJobOnPostgresTest {

    private final TestPostgres postgres = TestPostgres.get();
    private final MutableClock clock = MutableClock.startingAt("2026-04-01T09:00:00Z");
    private final StaffPort staff = StaffAdapters.staff(postgres.dsl());
    private final JobPort jobs = JobAdapters.jobs(postgres.dsl());
    private final Viewers viewers = new Viewers(staff, AccountAdapters.accounts(postgres.dsl()), AccountAdapters.archive(postgres.dsl()));
    private final ImportFiles files = new ImportFiles(ImportAdapters.staging(postgres.dsl()), TagAdapters.tags(postgres.dsl()),
            CustomFieldAdapters.fields(postgres.dsl()), viewers);
    private final ImportPlanner planner = new ImportPlanner(ImportAdapters.owners(postgres.dsl()));
    private StaffId anna;

    @BeforeEach
    void owner() {
        anna = AccountFixtures.staff(staff, "Anna", "Bianchi", StaffRole.OWNER).id();
    }

    /** Writes as the adapter does, then fails the {@code n}th chunk it is given — once. */
    private WriteImportPort failingChunk(int n) {
        WriteImportPort real = ImportAdapters.writes(postgres.dsl());
        return new WriteImportPort() {
            private int calls;

            @Override
            public void write(JobId job, ImportBatch batch) {
                real.write(job, batch);
                if (++calls == n) {
                    throw new IllegalStateException("the node lost its connection mid-chunk");
                }
            }

            @Override
            public Set<String> loginGiven(JobId job, Collection<String> emailKeys) {
                return real.loginGiven(job, emailKeys);
            }
        };
    }

    private JobId started() {
        String rows = IntStream.rangeClosed(1, 10).mapToObj(i -> i == 5 ? "Bad,,bad@x.it" : "Nome" + i + ",Rossi,nome" + i + "@rossi.it")
                .reduce("Nome,Cognome,E-mail", (file, row) -> file + "\n" + row);
        var stage = new StageImportService(files, ImportAdapters.staging(postgres.dsl()), ImportAdapters.mappings(postgres.dsl()), new LineCsv(),
                postgres.transactions(), clock);
        var staged = stage.stage(new StageImportCommand(anna, new ByteArrayInputStream(rows.getBytes(StandardCharsets.UTF_8))));
        var start = new StartImportService(files, ImportAdapters.staging(postgres.dsl()), ImportAdapters.mappings(postgres.dsl()), jobs,
                postgres.transactions(), clock);
        return start.start(new StartImportCommand(anna, staged.id(), "clients.csv", new ColumnMapping(staged.mapping()), ImportOptions.NONE));
    }

    @Test
    void issue12_7_a_chunk_failing_after_its_writes_is_rolled_back_and_the_retry_imports_each_row_once() {
        JobId id = started();
        var writer = new ImportWriter(failingChunk(2), AccessAdapters.load(postgres.dsl()), new AccessReactions(List.of()),
                new DefaultAccountAccess(staff), staff, clock);
        var worker = new JobWorker(jobs, List.of(new ImportJob(ImportAdapters.staging(postgres.dsl()), files, planner, writer, 3)),
                new InMemoryNotifications(), postgres.transactions(), new JobTimings("a", Duration.ofMinutes(1), Duration.ofSeconds(5)), clock);

        worker.runNext();
        assertThat(jobs.find(id).orElseThrow().progress().done()).as("only the first chunk").isEqualTo(3);
        assertThat(postgres.dsl().fetchCount(ACCOUNT)).isEqualTo(3);
        clock.advance(Duration.ofSeconds(10));
        worker.runNext();

        var job = jobs.find(id).orElseThrow();
        assertThat(job.state()).isEqualTo(JobState.DONE);
        assertThat(job.report().succeeded()).isEqualTo(9);
        assertThat(postgres.dsl().fetchCount(ACCOUNT)).isEqualTo(9);
        assertThat(postgres.dsl().fetchCount(CONTACT)).isEqualTo(9);
        assertThat(postgres.dsl().fetchCount(IMPORT_ACCOUNT)).isEqualTo(9);
        assertThat(jobs.problems(id, 0, 10)).extracting(JobProblem::item).containsExactly("6");
        assertThat(jobs.problems(id, 0, 10).getFirst().values()).containsExactly("Bad", "", "bad@x.it");
    }
}
