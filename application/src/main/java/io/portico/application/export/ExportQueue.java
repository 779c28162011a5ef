package io.portico.application.export;

import io.portico.application.export.port.out.ExportFilePort;
import io.portico.application.job.port.out.JobPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.account.AccountId;
import io.portico.domain.export.DataExport;
import io.portico.domain.export.ExportRequester;
import io.portico.domain.job.Job;
import io.portico.domain.job.JobId;
import io.portico.domain.job.JobParameters;
import io.portico.domain.job.JobType;
import io.portico.domain.staff.StaffId;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Queues an export: its job (one item: the file) and its row, in one transaction. */
public final class ExportQueue {

    private final JobPort jobs;
    private final ExportFilePort exports;
    private final Transactions transactions;
    private final Clock clock;

    public ExportQueue(JobPort jobs, ExportFilePort exports, Transactions transactions, Clock clock) {
        this.jobs = jobs;
        this.exports = exports;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @param startedBy the staff member the job is listed under on Clients → Jobs */
    JobId queue(String name, ExportRequester requester, Optional<AccountId> account, StaffId startedBy) {
        Instant now = clock.instant();
        Job job = Job.queued(JobType.EXPORT, new JobParameters(Map.of(JobParameters.NAME, name)), 1, startedBy, now);
        transactions.inTransaction(() -> {
            jobs.add(job);
            exports.add(DataExport.requested(job.id(), requester, account, now));
        });
        return job.id();
    }
}
