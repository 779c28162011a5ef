package io.portico.application.importing;

import io.portico.application.importing.port.in.StartImportCommand;
import io.portico.application.importing.port.in.StartImportUseCase;
import io.portico.application.importing.port.out.ImportMappingPort;
import io.portico.application.importing.port.out.ImportStagingPort;
import io.portico.application.job.port.out.JobPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.job.Job;
import io.portico.domain.job.JobId;
import io.portico.domain.job.JobType;
import io.portico.domain.shared.InvalidInputException;
import java.time.Clock;

/** Issue 12 item 7: queues the import of a staged file as a job, once: a second start of the same file is refused. */
public final class StartImportService implements StartImportUseCase {

    private final ImportFiles files;
    private final ImportStagingPort staging;
    private final ImportMappingPort mappings;
    private final JobPort jobs;
    private final Transactions transactions;
    private final Clock clock;

    public StartImportService(ImportFiles files, ImportStagingPort staging, ImportMappingPort mappings, JobPort jobs,
                              Transactions transactions, Clock clock) {
        this.files = files;
        this.staging = staging;
        this.mappings = mappings;
        this.jobs = jobs;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public JobId start(StartImportCommand command) {
        var file = files.owned(command.by(), command.file());
        files.run(file.header(), command.mapping(), command.by());
        var parameters = new ImportParameters(command.file(), command.fileName(), file.header(), command.mapping(), command.options());
        Job job = Job.queued(JobType.IMPORT, parameters.toJob(), file.rows(), command.by(), clock.instant());
        transactions.inTransaction(() -> {
            if (!staging.start(command.file(), clock.instant())) {
                throw new InvalidInputException("file", "import.file.started");
            }
            mappings.remember(command.by(), file.header(), command.mapping().codes());
            jobs.add(job);
        });
        return job.id();
    }
}
