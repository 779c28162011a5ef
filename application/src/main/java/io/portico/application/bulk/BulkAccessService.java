package io.portico.application.bulk;

import io.portico.application.account.Viewers;
import io.portico.application.bulk.port.AccountFilter;
import io.portico.application.bulk.port.AccountSelection;
import io.portico.application.bulk.port.in.BulkAccessCommand;
import io.portico.application.bulk.port.in.BulkAccessPreview;
import io.portico.application.bulk.port.in.BulkAccessQuery;
import io.portico.application.bulk.port.in.StartBulkAccessUseCase;
import io.portico.application.bulk.port.out.BulkAccessPort;
import io.portico.application.job.port.out.JobPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.account.AccountId;
import io.portico.domain.account.AccountVisibility;
import io.portico.domain.job.Job;
import io.portico.domain.job.JobId;
import io.portico.domain.job.JobType;
import io.portico.domain.staff.StaffId;
import java.time.Clock;
import java.util.Optional;

/** E3, items 3 and 4: the "all N" count, the preview of a bulk edit, and the job that applies it once confirmed. */
public final class BulkAccessService implements BulkAccessQuery, StartBulkAccessUseCase {

    /** Accounts the preview reads at a time. */
    static final int PREVIEW_CHUNK = 2_000;

    private final BulkAccessPlans plans;
    private final BulkAccessPort port;
    private final JobPort jobs;
    private final Transactions transactions;
    private final Clock clock;

    public BulkAccessService(BulkAccessPort port, Viewers viewers, JobPort jobs, Transactions transactions,
                             Clock clock) {
        this.plans = new BulkAccessPlans(port, viewers);
        this.port = port;
        this.jobs = jobs;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public long matching(StaffId viewer, AccountFilter filter) {
        AccountVisibility visibility = plans.editor(viewer);
        return port.count(new AccountSelection.Matching(filter), BulkAccessPlans.restriction(visibility));
    }

    @Override
    public BulkAccessPreview preview(BulkAccessCommand command) {
        plans.editor(command.by());
        var tally = new BulkAccessTally();
        Optional<AccountId> after = Optional.empty();
        do {
            var chunk = plans.next(command, after, PREVIEW_CHUNK);
            tally.add(chunk.plans());
            after = chunk.next();
        } while (after.isPresent());
        return tally.preview();
    }

    @Override
    public JobId start(BulkAccessCommand command) {
        AccountVisibility visibility = plans.editor(command.by());
        long total = switch (command.selection()) {
            case AccountSelection.Chosen chosen -> chosen.accounts().size();
            case AccountSelection.Matching matching -> port.count(matching, BulkAccessPlans.restriction(visibility));
        };
        Job job = Job.queued(JobType.BULK_ACCESS, BulkAccessParameters.of(command), (int) total, command.by(), clock.instant());
        transactions.inTransaction(() -> jobs.add(job));
        return job.id();
    }
}
