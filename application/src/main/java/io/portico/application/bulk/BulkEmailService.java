package io.portico.application.bulk;

import io.portico.application.account.Viewers;
import io.portico.application.bulk.port.in.StartBulkEmailCommand;
import io.portico.application.bulk.port.in.StartBulkEmailUseCase;
import io.portico.application.job.port.out.JobFilePort;
import io.portico.application.job.port.out.JobPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.job.Job;
import io.portico.domain.job.JobId;
import io.portico.domain.job.JobType;
import io.portico.domain.message.AttachmentLimits;
import java.time.Clock;

/** Item 10: checks a bulk email and queues it as a job, its files stored with it. */
public final class BulkEmailService implements StartBulkEmailUseCase {

    private final Viewers viewers;
    private final JobPort jobs;
    private final JobFilePort files;
    private final AttachmentLimits limits;
    private final Transactions transactions;
    private final Clock clock;

    public BulkEmailService(Viewers viewers, JobPort jobs, JobFilePort files, AttachmentLimits limits, Transactions transactions,
                            Clock clock) {
        this.viewers = viewers;
        this.jobs = jobs;
        this.files = files;
        this.limits = limits;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public JobId start(StartBulkEmailCommand command) {
        viewers.of(command.by()); // only an active member starts one; each chunk checks the accounts afresh
        limits.check(command.draft().attachments());
        Job job = Job.queued(JobType.BULK_EMAIL, BulkEmailJob.parameters(command), command.accounts().size(), command.by(),
                clock.instant());
        transactions.inTransaction(() -> {
            jobs.add(job);
            files.attach(job.id(), command.draft().attachments());
        });
        return job.id();
    }
}
