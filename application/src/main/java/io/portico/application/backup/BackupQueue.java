package io.portico.application.backup;

import io.portico.application.backup.port.in.BackupRequest;
import io.portico.application.job.port.out.JobPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.job.Job;
import io.portico.domain.job.JobId;
import io.portico.domain.job.JobParameters;
import io.portico.domain.job.JobType;
import io.portico.domain.staff.StaffId;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/** Issue 14, item 5: queues <i>Back up now</i> as a {@link BackupJob}, one unfinished at a time whoever asks on whichever node. */
public final class BackupQueue {

    private final JobPort jobs;
    private final Transactions transactions;
    private final Clock clock;

    public BackupQueue(JobPort jobs, Transactions transactions, Clock clock) {
        this.jobs = jobs;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @param owner whom the job is listed under on Clients → Jobs, and who gets its Inbox+ notice */
    BackupRequest queue(StaffId owner) {
        Job job = Job.queued(JobType.BACKUP, new JobParameters(Map.of()), 1, owner, clock.instant());
        return transactions.inTransaction(() -> jobs.addAlone(job))
                .<BackupRequest>map(BackupRequest.AlreadyRunning::new)
                .orElseGet(() -> new BackupRequest.Queued(job.id()));
    }

    Optional<JobId> running() {
        return jobs.unfinished(JobType.BACKUP);
    }
}
