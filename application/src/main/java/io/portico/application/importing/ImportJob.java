package io.portico.application.importing;

import io.portico.application.importing.port.out.ImportStagingPort;
import io.portico.application.importing.port.out.ImportStagingPort.StagedRow;
import io.portico.application.job.JobKind;
import io.portico.application.job.JobNotice;
import io.portico.domain.job.ChunkOutcome;
import io.portico.domain.job.Job;
import io.portico.domain.job.JobProblem;
import io.portico.domain.job.JobReport;
import io.portico.domain.job.JobState;
import io.portico.domain.job.JobType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Issue 12 item 7: each chunk imports the next staged rows (the cursor is the last row number done). A row is
 * checked whole before anything of it is written, and everything a chunk writes commits with its cursor: a
 * bad row never half-imports, a crash repeats nothing. A rejected row is a problem with its column, reason
 * and values; the last chunk drops the staged rows, which the problems now hold.
 */
public final class ImportJob implements JobKind {

    /** The one skip reason of an import: each rejected row's own reason is its problem. */
    public static final String REJECTED = "import.rejected";

    private final ImportStagingPort staging;
    private final ImportFiles files;
    private final ImportPlanner planner;
    private final ImportWriter writer;
    private final int chunkSize;

    public ImportJob(ImportStagingPort staging, ImportFiles files, ImportPlanner planner, ImportWriter writer, int chunkSize) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunk size " + chunkSize);
        }
        this.staging = staging;
        this.files = files;
        this.planner = planner;
        this.writer = writer;
        this.chunkSize = chunkSize;
    }

    @Override
    public JobType type() {
        return JobType.IMPORT;
    }

    @Override
    public ChunkOutcome runChunk(Job job) {
        var parameters = ImportParameters.of(job.parameters());
        long after = job.cursor().map(Long::parseLong).orElse(1L);
        List<StagedRow> rows = staging.rows(parameters.file(), after, chunkSize);
        ImportRun run = files.run(parameters.header(), parameters.mapping(), job.createdBy());
        List<Planned> planned = planner.plan(rows, run, new HashMap<>());
        List<Planned.Accepted> accepted = planned.stream().filter(Planned.Accepted.class::isInstance).map(Planned.Accepted.class::cast).toList();
        List<JobProblem> problems = planned.stream().filter(Planned.Rejected.class::isInstance).map(p -> ((Planned.Rejected) p).problem()).toList();
        writer.write(job, parameters.options(), accepted);
        boolean last = rows.size() < chunkSize;
        if (last) {
            staging.remove(parameters.file());
        }
        var report = new JobReport(accepted.size(), problems.isEmpty() ? Map.of() : Map.of(REJECTED, problems.size()));
        return new ChunkOutcome(rows.size(), report, problems,
                last ? Optional.empty() : Optional.of(String.valueOf(rows.getLast().number())));
    }


    @Override
    public JobNotice report(Job finished) {
        if (finished.state() == JobState.FAILED) {
            return new JobNotice("inbox.import.failed", List.of(String.valueOf(finished.progress().done()),
                    String.valueOf(finished.progress().total())), JobNotice.jobPage(finished.id()));
        }
        return new JobNotice("inbox.import.done", List.of(String.valueOf(finished.report().succeeded()),
                String.valueOf(finished.report().skippedTotal())), JobNotice.jobPage(finished.id()));
    }
}
